import { authorizedRoute } from "@/lib/actions/route";
import { writeRankingXlsx } from "@/lib/export/ranking-xlsx";
import { attachmentHeader, XLSX_MIME } from "@/lib/export/xlsx";
import { recordExport } from "@/lib/services/audit";
import { getRanking } from "@/lib/services/ranking";
import { rankingOptionsSchema } from "@/lib/validations/board";

export const dynamic = "force-dynamic";

/** The department ranking (通报) as .xlsx, sorted as on screen; liaisons get their own row. */
export const GET = authorizedRoute("export", rankingOptionsSchema, async (options, user) => {
  const ranking = await getRanking({ actor: user, options });
  const body = await writeRankingXlsx(ranking.rows, ranking.from, ranking.to);
  await recordExport({ actor: user, kind: "ranking", filters: options, rows: ranking.rows.length });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": attachmentHeader(
        `单位通报-${ranking.from}至${ranking.to}.xlsx`,
        `ranking-${ranking.from}-${ranking.to}.xlsx`,
      ),
      "Cache-Control": "no-store",
    },
  });
});
