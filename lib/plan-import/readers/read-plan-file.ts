import type { PlanSource } from "../types";
import { decodeText } from "./decode-text";
import { readDocx } from "./read-docx";
import { readPdfText } from "./read-pdf";

/** Thrown for files the importer cannot read; `message` is Chinese, fit for the user. */
export class PlanReadError extends Error {
  constructor(
    readonly code: "unsupported_format" | "unreadable" | "empty",
    message: string,
  ) {
    super(message);
    this.name = "PlanReadError";
  }
}

function extensionOf(filename: string): string {
  return /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
}

async function readByType(buffer: Buffer, ext: string): Promise<PlanSource> {
  if (ext === "txt" || ext === "text" || ext === "") return { text: decodeText(buffer), tables: [] };
  if (ext === "docx") return readDocx(buffer);
  if (ext === "pdf") return { text: await readPdfText(buffer), tables: [] };
  throw new PlanReadError("unsupported_format", `不支持的文件格式“.${ext}”,请上传 .txt、.docx 或 .pdf 文件`);
}

/** Reads a plan file by its extension (.txt UTF-8/GB18030, .docx, .pdf with a text layer). */
export async function readPlanFile(buffer: Uint8Array, filename: string): Promise<PlanSource> {
  const ext = extensionOf(filename);
  let source: PlanSource;
  try {
    source = await readByType(Buffer.from(buffer), ext);
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw new PlanReadError("unreadable", `无法读取文件“${filename}”,文件可能已损坏或格式与扩展名不符`);
  }
  if (source.text.trim() === "" && source.tables.length === 0) {
    const hint = ext === "pdf" ? "(扫描件没有文字层,请先进行文字识别)" : "";
    throw new PlanReadError("empty", `文件“${filename}”中没有可识别的文字${hint}`);
  }
  return source;
}
