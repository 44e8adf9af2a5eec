import { bulletinDownload } from "@/lib/bulletins/download";

export const dynamic = "force-dynamic";

/** A 督查通报 as a PDF with its Chinese font embedded. */
export const GET = bulletinDownload("pdf");
