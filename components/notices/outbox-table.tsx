import { formatDateTime } from "@/lib/format/dates";
import { getTranslations } from "next-intl/server";
import type { OutboxMessage } from "@/db/schema";

/** Outbox rows for admins; the body opens in place. */
export async function OutboxTable({ rows }: { rows: OutboxMessage[] }) {
  const t = await getTranslations("outbox");
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="border-b bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">{t("columns.time")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.channel")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.recipient")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.subject")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.status")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.attempts")}</th>
          </tr>
        </thead>
        <tbody className="divide-y align-top">
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDateTime(m.createdAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{t(`channel.${m.channel}`)}</td>
              <td className="px-3 py-2 break-all">{m.recipient}</td>
              <td className="px-3 py-2">
                <details>
                  <summary className="cursor-pointer">{m.subject}</summary>
                  <pre className="mt-2 whitespace-pre-wrap font-sans text-slate-700">{m.body}</pre>
                  {m.lastError && <p className="mt-1 text-red-700">{t("lastError", { error: m.lastError })}</p>}
                </details>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{t(`status.${m.status}`)}</td>
              <td className="px-3 py-2">{m.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
