import { getFormatter, getTranslations } from "next-intl/server";
import { CARD_CLASS, CardTable } from "@/components/ui/card-table";
import type { ScreenLinkRow } from "@/lib/services/screens";
import { RevokeScreenLinkButton } from "./revoke-button";

/** The links made so far (never their addresses: only the hash is kept), each live one with its revoke button. */
export async function ScreenLinkList({ rows }: { rows: ScreenLinkRow[] }) {
  const t = await getTranslations("screens.list");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="rounded bg-white p-4 text-sm text-slate-600 shadow-sm">{t("empty")}</p>;
  const when = (d: Date | null) =>
    d
      ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      : t("never");
  const facts = (row: ScreenLinkRow) => ({
    scope: row.planTitle ?? t("allPlans"),
    made: t("made", { by: row.createdBy, at: when(row.createdAt) }),
    state: row.revokedAt
      ? t("revoked", { by: row.revokedBy ?? "", at: when(row.revokedAt) })
      : t("lastUsed", { at: when(row.lastUsedAt) }),
  });
  const action = (row: ScreenLinkRow) =>
    row.revokedAt ? null : <RevokeScreenLinkButton id={row.id} label={row.label} />;
  return (
    <CardTable
      label={t("title")}
      headers={[t("label"), t("scope"), t("madeHeader"), t("state"), ""]}
      cards={rows.map((row) => {
        const f = facts(row);
        return (
          <li key={row.id} className={CARD_CLASS}>
            <p className="font-medium">{row.label}</p>
            <p className="text-slate-600">{f.scope}</p>
            <p className="text-slate-600">{f.made}</p>
            <p className={row.revokedAt ? "text-red-700" : "text-slate-600"}>{f.state}</p>
            {action(row)}
          </li>
        );
      })}
      rows={rows.map((row) => {
        const f = facts(row);
        return (
          <tr key={row.id} className={row.revokedAt ? "text-slate-500" : undefined}>
            <td className="px-3 py-2 font-medium">{row.label}</td>
            <td className="px-3 py-2">{f.scope}</td>
            <td className="px-3 py-2">{f.made}</td>
            <td className="px-3 py-2">{f.state}</td>
            <td className="px-3 py-2">{action(row)}</td>
          </tr>
        );
      })}
    />
  );
}
