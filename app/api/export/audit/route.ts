import { getLocale, getTranslations } from "next-intl/server";
import { auditCsvCells } from "@/lib/audit/rows";
import { authorizedRoute } from "@/lib/actions/route";
import { today } from "@/lib/clock";
import { acceptsGzip } from "@/lib/http/accept-encoding";
import { toLocale } from "@/lib/i18n/config";
import { auditExport } from "@/lib/services/audit-export";
import { auditFiltersSchema } from "@/lib/validations/audit";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/audit?planId=…&from=…: the filtered audit trail as CSV (UTF-8 with BOM), sent
 * gzip-compressed as it is kept to every client that takes it (browsers all do), plain otherwise.
 */
export const GET = authorizedRoute("audit.read", auditFiltersSchema, async (input, user, request) => {
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
  const gzip = acceptsGzip(request.headers.get("accept-encoding"));
  const body = gzip ? file.gzip : new Blob([file.gzip]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${today()}.csv"; filename*=UTF-8''${encodeURIComponent(`审计记录-${today()}.csv`)}`,
      "cache-control": "no-store",
      vary: "Accept-Encoding",
      ...(gzip ? { "content-encoding": "gzip", "content-length": String(file.gzip.byteLength) } : {}),
    },
  });
});
