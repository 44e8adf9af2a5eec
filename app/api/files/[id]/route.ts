import { z } from "zod";
import { authorizedRoute } from "@/lib/actions/route";
import { contentDisposition, getEvidenceForDownload } from "@/lib/services/evidence";

export const dynamic = "force-dynamic";

const INLINE = new Set(["application/pdf", "image/jpeg", "image/png"]);

/** Evidence download: only who may open the page that shows the file (report, notice, request); otherwise 404 as if missing. */
export const GET = authorizedRoute(
  "plan.read",
  z.object({ id: z.coerce.number().int().positive(), inline: z.string().optional() }),
  async (input, user) => {
    const file = await getEvidenceForDownload({ actor: user, id: input.id });
    const inline = input.inline === "1" && INLINE.has(file.mimeType);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.content.byteLength),
        "Content-Disposition": contentDisposition(file.filename, inline),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  (request, params) => ({ ...Object.fromEntries(new URL(request.url).searchParams), id: params.id }),
);
