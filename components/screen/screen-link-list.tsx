import { getFormatter, getTranslations } from "next-intl/server";
import { CARD_ROW, CardTable, CELL } from "@/components/ui/card-table";
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
      rows={rows.map((row) => {
        const f = facts(row);
        return (
          <tr key={row.id} className={`${CARD_ROW} ${row.revokedAt ? "text-slate-500" : ""}`}>
            <td className={`${CELL} font-medium max-md:basis-full`}>{row.label}</td>
            <td className={`${CELL} max-md:basis-full`}>{f.scope}</td>
            <td className={`${CELL} max-md:basis-full`}>{f.made}</td>
            <td className={`${CELL} max-md:basis-full ${row.revokedAt ? "max-md:text-red-700" : ""}`}>{f.state}</td>
            <td className={`${CELL} max-md:basis-full max-md:empty:hidden`}>{action(row)}</td>
          </tr>
        );
      })}
    />
  );
}
