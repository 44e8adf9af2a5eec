import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { diffAudit, formatAuditTime, formatValue, type AuditRecord } from "@/lib/services/audit-log";

/** The label of an action code, or the code itself when no label is known. */
export async function actionLabeller() {
  const t = await getTranslations("audit");
  return (action: string) => (t.has(`actions.${action}` as never) && typeof t.raw(`actions.${action}` as never) === "string" ? t(`actions.${action}` as never) : action);
}

export async function AuditTable({ rows }: { rows: AuditRecord[] }) {
  const t = await getTranslations("audit");
  const label = await actionLabeller();
  const show = (v: unknown) => formatValue(v) || t("emptyValue");
  const fieldLabel = (field: string) => (t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field);
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="min-w-[56rem] w-full text-left text-sm">
        <thead className="border-b bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">{t("columns.time")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.actor")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.action")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.item")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.department")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.changes")}</th>
          </tr>
        </thead>
        <tbody className="divide-y align-top">
          {rows.map(({ event, itemCode, itemTitle, departmentName }) => {
            const changes = diffAudit(event);
            return (
              <tr key={event.id} data-testid="audit-row">
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatAuditTime(event.createdAt)}</td>
                <td className="whitespace-nowrap px-3 py-2">{event.actorName ?? t("system")}</td>
                <td className="px-3 py-2">
                  <span className="font-medium">{label(event.action)}</span>
                  <span className="block text-xs text-slate-500">
                    {event.entityType}
                    {event.entityId ? ` #${event.entityId}` : ""}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {event.workItemId ? (
                    <Link href={`/items/${event.workItemId}`} className="text-brand hover:underline">
                      {itemCode} {itemTitle}
                    </Link>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{departmentName}</td>
                <td className="px-3 py-2">
                  {changes.length === 0 ? (
                    t("noChanges")
                  ) : (
                    <dl className="space-y-1">
                      {changes.map((c) => (
                        <div key={c.field} className="break-all">
                          {c.field && <dt className="inline text-xs text-slate-500">{fieldLabel(c.field)}:</dt>}
                          <dd className="inline">
                            <del className="text-red-700">{show(c.before)}</del> → <ins className="text-green-700 no-underline">{show(c.after)}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
