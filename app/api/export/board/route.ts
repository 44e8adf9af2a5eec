import { authorizedRoute } from "@/lib/actions/route";
import { can } from "@/lib/authz";
import { forbidden } from "@/lib/errors";
import { writeBoardXlsx } from "@/lib/export/board-xlsx";
import { attachmentHeader, XLSX_MIME } from "@/lib/export/xlsx";
import { recordExport } from "@/lib/services/audit";
import { getBoard } from "@/lib/services/board";
import { boardFiltersSchema } from "@/lib/validations/board";

export const dynamic = "force-dynamic";

/** The filtered overdue board as .xlsx. Liaisons may export their own department only. */
export const GET = authorizedRoute("export", boardFiltersSchema, async (filters, user) => {
  if (filters.departmentId && !can(user, "export", { type: "department", departmentId: filters.departmentId })) {
    throw forbidden("只能导出本单位的任务");
  }
  const board = await getBoard({ actor: user, filters });
  const body = await writeBoardXlsx(board.rows, board.today);
  await recordExport({ actor: user, kind: "board", filters, rows: board.rows.length });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": attachmentHeader(`督办看板-${board.today}.xlsx`, `board-${board.today}.xlsx`),
      "Cache-Control": "no-store",
    },
  });
});
