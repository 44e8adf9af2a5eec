import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { PresentedAuditRow } from "@/lib/audit/rows";
import { routes } from "@/lib/routes";
import { CARD_CLASS, CardTable } from "@/components/ui/card-table";

/** The label of an action code, or the code itself when no label is known. */
export async function actionLabeller() {
  const t = await getTranslations("audit");
  return (action: string) =>
    t.has(`actions.${action}` as never) && typeof t.raw(`actions.${action}` as never) === "string"
      ? t(`actions.${action}` as never)
      : action;
}

/** The records as a table on wide screens and as cards on a phone; every value already in words. */
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
      cards={rows.map((row) => (
        <li key={row.id} data-testid="audit-card" className={CARD_CLASS}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium">{row.action}</span>
            <span className="text-xs text-slate-500">{row.time}</span>
          </div>
          <div className="text-slate-600">
            {row.actor}
            {row.department && ` · ${row.department}`}
          </div>
          {item(row)}
          {entity(row)}
          <div>{changes(row)}</div>
        </li>
      ))}
      rows={rows.map((row) => (
        <tr key={row.id} data-testid="audit-row">
          <td className="whitespace-nowrap px-3 py-2 text-slate-600">{row.time}</td>
          <td className="whitespace-nowrap px-3 py-2">{row.actor}</td>
          <td className="px-3 py-2">
            <span className="font-medium">{row.action}</span>
            {entity(row)}
          </td>
          <td className="px-3 py-2">{item(row)}</td>
          <td className="whitespace-nowrap px-3 py-2">{row.department}</td>
          <td className="px-3 py-2">{changes(row)}</td>
        </tr>
      ))}
    />
  );
}
