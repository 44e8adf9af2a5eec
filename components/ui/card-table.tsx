import type { ReactNode } from "react";

/**
 * A list as cards on a phone (390 px: each row's key facts stacked, nothing scrolls sideways) and as
 * a table from `md` up. The caller gives the `<li>` cards and the `<tr>` rows of the same data.
 */
export function CardTable({
  label,
  headers,
  cards,
  rows,
  tableClassName = "",
  bodyClassName = "",
}: {
  /** Names the card list for screen readers (the table has its headers). */
  label: string;
  headers: ReactNode[];
  cards: ReactNode;
  rows: ReactNode;
  tableClassName?: string;
  bodyClassName?: string;
}) {
  return (
    <>
      <ul className="space-y-2 md:hidden" aria-label={label}>
        {cards}
      </ul>
      <div className="hidden overflow-x-auto rounded bg-white shadow-sm md:block">
        <table className={`w-full text-left text-sm ${tableClassName}`.trim()}>
          <thead className="border-b bg-slate-50 text-slate-600">
            <tr>
              {headers.map((header, i) => (
                <th key={i} className="px-3 py-2 font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={`divide-y ${bodyClassName}`.trim()}>{rows}</tbody>
        </table>
      </div>
    </>
  );
}

/** A card of a CardTable. */
export const CARD_CLASS = "space-y-1 rounded bg-white p-3 text-sm shadow-sm";
