import type { ReactNode } from "react";

/**
 * A list as a table from `md` up and as cards on a phone (390 px: each row's cells stacked in a card,
 * nothing scrolls sideways). One markup for both: each `<tr>` takes `CARD_ROW` and lays its cells out
 * as a wrapping flex row below `md` (cells order and size themselves there with `max-md:` classes), so
 * a page of 50 records is rendered and sent once, not once per layout.
 */
export function CardTable({
  label,
  headers,
  rows,
  tableClassName = "",
  bodyClassName = "",
}: {
  /** Names the table for screen readers. */
  label: string;
  headers: ReactNode[];
  rows: ReactNode;
  tableClassName?: string;
  bodyClassName?: string;
}) {
  return (
    <div className="md:overflow-x-auto md:rounded md:bg-white md:shadow-sm">
      <table aria-label={label} className={`w-full text-left text-sm max-md:block ${tableClassName}`.trim()}>
        <thead className="border-b bg-slate-50 text-slate-600 max-md:hidden">
          <tr>
            {headers.map((header, i) => (
              <th key={i} className="px-3 py-2 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`max-md:block max-md:space-y-2 md:divide-y ${bodyClassName}`.trim()}>{rows}</tbody>
      </table>
    </div>
  );
}

/** A row of a CardTable: a card below `md`, whose cells wrap as a flex row (`max-md:basis-full` puts one on its own line). */
export const CARD_ROW =
  "max-md:flex max-md:flex-wrap max-md:*:min-w-0 max-md:break-words max-md:items-baseline max-md:gap-x-2 max-md:gap-y-1 max-md:rounded max-md:bg-white max-md:p-3 max-md:shadow-sm";

/** A cell of a CardTable row: padded in the table, unpadded in the card. */
export const CELL = "md:px-3 md:py-2";
