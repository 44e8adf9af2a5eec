import mammoth from "mammoth";
import type { PlanSource } from "../types";
import { parseHtmlTables } from "./html-tables";

/** .docx: the raw text for the outline and metadata, plus tables (for a 任务分解表) from the HTML. */
export async function readDocx(buffer: Buffer): Promise<PlanSource> {
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { text: raw.value, tables: parseHtmlTables(html.value) };
}
