import type { ReactNode } from "react";

export interface DataTableProps {
  caption: string;
  /** Column headings; the first heads the row labels. */
  columns: string[];
  rows: { key: string; label: string; cells: (string | number)[] }[];
}

/** The numbers behind a chart, for screen readers, for print and for anyone who wants them exact. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={`px-2 py-1 font-medium ${i === 0 ? "text-left" : "text-right"}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {r.label}
              </th>
              {r.cells.map((cell, i) => (
                <td key={i} className="px-2 py-1 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A chart with its heading, a one-line reading of it, and its data table under a 数据表 toggle. The
 * drawing is an image to assistive technology (its label is the summary); the table carries the
 * numbers, and print shows it open (PrintOpensTables, and the ::details-content rule where supported).
 */
export function ChartFigure({
  title,
  summary,
  tableLabel,
  table,
  testId,
  children,
}: {
  title: string;
  summary: string;
  tableLabel: string;
  table: Omit<DataTableProps, "caption">;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <figure
      className="min-w-0 rounded bg-white p-3 shadow-sm print:break-inside-avoid print:shadow-none"
      data-testid={testId}
    >
      <figcaption>
        <h3 className="font-semibold">{title}</h3>
        <p className="text-xs text-slate-600">{summary}</p>
      </figcaption>
      {children ? (
        <div role="img" aria-label={summary} className="mt-2 min-w-0">
          {children}
        </div>
      ) : null}
      {table.rows.length > 0 ? (
        <details data-chart-table className="mt-2 print:details-content:[content-visibility:visible]">
          <summary className="cursor-pointer text-sm text-brand print:hidden">{tableLabel}</summary>
          <DataTable {...table} caption={title} />
        </details>
      ) : null}
    </figure>
  );
}
