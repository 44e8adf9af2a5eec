import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { PresentedAuditRow } from "@/lib/audit/rows";
import { routes } from "@/lib/routes";
import { CARD_ROW, CardTable, CELL } from "@/components/ui/card-table";

/** The label of an action code, or the code itself when no label is known. */
export async function actionLabeller() {
  const t = await getTranslations("audit");
  return (action: string) =>
    t.has(`actions.${action}` as never) && typeof t.raw(`actions.${action}` as never) === "string"
      ? t(`actions.${action}` as never)
      : action;
}

/** The records as a table on wide screens and as cards on a phone (action and time first); every value already in words. */
export async function AuditTable({ rows }: { rows: PresentedAuditRow[] }) {
  const t = await getTranslations("audit");
  const empty = t("emptyValue");
  const changes = (row: PresentedAuditRow) =>
    row.changes.length === 0 ? (
      t("noChanges")
    ) : (
      <dl className="space-y-1">
        {row.changes.map((c) => (
          <div key={c.field} className="break-words">
            {c.label && <dt className="inline text-xs text-slate-500">{c.label}:</dt>}
            <dd className="inline">
              {c.before && c.after ? (
                <>
                  <del className="text-red-700">{c.before}</del> →{" "}
                  <ins className="text-green-700 no-underline">{c.after}</ins>
                </>
              ) : c.after ? (
                <ins className="text-green-700 no-underline">{c.after}</ins>
              ) : (
                <>
                  <del className="text-red-700">{c.before}</del> → {empty}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    );
  const item = (row: PresentedAuditRow) =>
    row.itemId && row.item ? (
      <Link href={routes.item(row.itemId)} className="text-brand hover:underline">
        {row.item}
      </Link>
    ) : null;
  const entity = (row: PresentedAuditRow) =>
    row.noticeId ? (
      <Link href={routes.notice(row.noticeId)} className="text-xs text-brand hover:underline">
        {row.entity}
      </Link>
    ) : (
      <span className="block text-xs text-slate-500">{row.entity}</span>
    );
  return (
    <CardTable
      label={t("title")}
      headers={(["time", "actor", "action", "item", "department", "changes"] as const).map((c) => t(`columns.${c}`))}
      bodyClassName="align-top"
      rows={rows.map((row) => (
        <tr key={row.id} data-testid="audit-row" className={CARD_ROW}>
          <td className={`${CELL} text-slate-600 max-md:order-2 max-md:text-xs md:whitespace-nowrap`}>{row.time}</td>
          <td className={`${CELL} max-md:order-3 max-md:basis-full max-md:text-slate-600 md:whitespace-nowrap`}>
            {row.actor}
          </td>
          <td className={`${CELL} max-md:order-1 max-md:flex-1`}>
            <span className="font-medium">{row.action}</span>
            {entity(row)}
          </td>
          <td className={`${CELL} max-md:order-5 max-md:basis-full max-md:empty:hidden`}>{item(row)}</td>
          <td
            className={`${CELL} max-md:order-4 max-md:basis-full max-md:text-slate-600 max-md:empty:hidden md:whitespace-nowrap`}
          >
            {row.department}
          </td>
          <td className={`${CELL} max-md:order-6 max-md:basis-full`}>{changes(row)}</td>
        </tr>
      ))}
    />
  );
}
