import { authorizedRoute } from "@/lib/actions/route";
import { today } from "@/lib/clock";
import { streamBoardXlsx } from "@/lib/export/board-xlsx";
import { attachmentHeader, XLSX_MIME } from "@/lib/export/xlsx";
import { recordExport } from "@/lib/services/audit";
import { boardExportRows, exportScope } from "@/lib/services/board";
import { cacheKey, versioned } from "@/lib/services/data-version";
import { boardFiltersSchema } from "@/lib/validations/board";

export const dynamic = "force-dynamic";

/**
 * The filtered overdue board as .xlsx, written a chunk of rows at a time (a city's whole board is
 * tens of thousands of rows). Liaisons may export their own department only (the service decides).
 */
export const GET = authorizedRoute("export", boardFiltersSchema, async (filters, user) => {
  const scope = await exportScope(user, filters, today());
  // A board "as of" a past day is exported as of that day.
  const day = scope.asOf ?? today();
  await recordExport({ actor: user, kind: "board", filters, rows: scope.total });
  // Everyone exporting the same board gets one file, built once until the data changes (the file, a
  // few MB, is kept; the rows are streamed into it a chunk at a time). The scope is in the filters.
  const file = await versioned(
    cacheKey("boardExport", scope.filters, day),
    () => new Response(streamBoardXlsx(boardExportRows(scope.where, scope.source), day)).arrayBuffer(),
    "files",
  );
  return new Response(file, {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": attachmentHeader(`督办看板-${day}.xlsx`, `board-${day}.xlsx`),
      "Cache-Control": "no-store",
    },
  });
});
