import "server-only";
import { authorizedRoute } from "@/lib/actions/route";
import { attachmentHeader } from "@/lib/export/xlsx";
import { recordExport } from "@/lib/services/audit";
import { getBulletin } from "@/lib/services/bulletins";
import { bulletinIdSchema } from "@/lib/validations/bulletins";
import { renderBulletin, type BulletinFormat } from "./render";

/**
 * The GET handler of a bulletin's download: anyone who may read bulletins gets a published one, a draft
 * only those who write them (to everyone else it is the same 404 as a missing id).
 */
export function bulletinDownload(format: BulletinFormat) {
  return authorizedRoute(
    "bulletin.read",
    bulletinIdSchema,
    async ({ id }, user) => {
      const bulletin = await getBulletin({ actor: user, id });
      const file = await renderBulletin(bulletin, format);
      await recordExport({ actor: user, kind: "bulletin", filters: { id, format }, rows: 1 });
      return new Response(new Uint8Array(file.body), {
        headers: {
          "Content-Type": file.mime,
          "Content-Disposition": attachmentHeader(file.fileName, file.asciiName),
          "Content-Length": String(file.body.length),
          "Cache-Control": "no-store",
        },
      });
    },
    (_request, params) => params,
  );
}
