import { bulletinDownload } from "@/lib/bulletins/download";

export const dynamic = "force-dynamic";

/** A 督查通报 as a Word document (.docx). */
export const GET = bulletinDownload("docx");
