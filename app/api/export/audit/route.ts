import { getLocale, getTranslations } from "next-intl/server";
import { auditCsvCells } from "@/lib/audit/rows";
import { authorizedRoute } from "@/lib/actions/route";
import { today } from "@/lib/clock";
import { toLocale } from "@/lib/i18n/config";
import { auditExport } from "@/lib/services/audit-export";
import { auditFiltersSchema } from "@/lib/validations/audit";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/audit?planId=…&from=…: the filtered audit trail as CSV (UTF-8 with BOM).
 */
export const GET = authorizedRoute("audit.read", auditFiltersSchema, async (input, user) => {
  const t = await getTranslations("audit");
  const { page: _page, ...filters } = input;
  void _page;
  const headers = ["time", "actor", "action", "plan", "item", "department", "entity", "changes"].map((k) =>
    t(`columns.${k}`),
  );
  const locale = toLocale(await getLocale());
  const file = await auditExport({
    actor: user,
    filters,
    locale,
    headers,
    format: (rows) => auditCsvCells(rows, locale),
  });
  // Kept compressed; sent as CSV (Next.js drops a route's Content-Encoding and compresses on the wire itself).
  const body = new Blob([file.gzip]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${today()}.csv"; filename*=UTF-8''${encodeURIComponent(`审计记录-${today()}.csv`)}`,
      "cache-control": "no-store",
    },
  });
});
