import type { PlanSource } from "../types";
import { decodeText } from "./decode-text";
import { IMPORT_LIMITS } from "./limits";
import { WorkerRefused, type WorkerLimits } from "./parse-worker";
import { readDocx } from "./read-docx";
import { readPdfText } from "./read-pdf";
import { ZipRefused } from "./zip-guard";

export type PlanReadErrorCode =
  "unsupported_format" | "unreadable" | "empty" | "too_large" | "too_many_pages" | "too_long" | "timeout";

/**
 * Thrown for files the importer cannot read; `message` is Chinese, fit for the user. The resource
 * limits also carry a `messageKey` and `params`, so the page can say the same in English.
 */
export class PlanReadError extends Error {
  constructor(
    readonly code: PlanReadErrorCode,
    message: string,
    /** For the resource limits: the message's key in `importLimits` and its values. */
    readonly messageKey?: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "PlanReadError";
  }
}

export type ReadLimits = Partial<WorkerLimits> & { maxUnzippedBytes?: number };

function extensionOf(filename: string): string {
  return /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
}

async function readByType(buffer: Buffer, ext: string, limits?: ReadLimits): Promise<PlanSource> {
  if (ext === "txt" || ext === "text" || ext === "") return { text: decodeText(buffer), tables: [] };
  if (ext === "docx") return readDocx(buffer, limits);
  if (ext === "pdf") return { text: await readPdfText(buffer, limits), tables: [] };
  throw new PlanReadError("unsupported_format", `不支持的文件格式“.${ext}”,请上传 .txt、.docx 或 .pdf 文件`);
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
const wan = (chars: number) => Math.ceil(chars / 10_000);

/** The Chinese message for a refused file; the same params feed the English one. */
function limitError(filename: string, error: ZipRefused | WorkerRefused, limits?: ReadLimits): PlanReadError | null {
  const name = filename;
  if (error instanceof ZipRefused) {
    const p = error.problem;
    const limitMb = mb(limits?.maxUnzippedBytes ?? IMPORT_LIMITS.maxUnzippedBytes);
    if (p.kind === "too_large") {
      const params = { name, sizeMb: mb(p.declaredBytes), limitMb };
      return new PlanReadError(
        "too_large",
        `文件“${name}”解压后约 ${params.sizeMb} MB,超过 ${limitMb} MB 的上限(可能是压缩炸弹或内嵌了大量图片),已拒绝读取。请删除图片或拆分后再上传`,
        "zipTooLarge",
        params,
      );
    }
    if (p.kind === "too_many_entries") {
      return new PlanReadError(
        "too_large",
        `文件“${name}”包含 ${p.entries} 个内部文件,超出 Word 文档的正常范围,已拒绝读取`,
        "zipEntries",
        { name, entries: p.entries },
      );
    }
    if (p.kind === "size_mismatch") {
      return new PlanReadError(
        "too_large",
        `文件“${name}”的实际内容大于其声明的大小(可能是压缩炸弹),已拒绝读取`,
        "zipMismatch",
        { name },
      );
    }
    return null;
  }
  const r = error.refusal;
  if (r.refused === "too_many_pages") {
    const limit = limits?.maxPages ?? IMPORT_LIMITS.maxPdfPages;
    return new PlanReadError(
      "too_many_pages",
      `PDF“${name}”共 ${r.pages} 页,超过 ${limit} 页的上限。请只上传计划正文部分`,
      "pdfPages",
      { name, pages: r.pages, limit },
    );
  }
  if (r.refused === "text_too_long") return textTooLong(name, limits?.maxTextChars);
  if (r.refused === "timeout") {
    return new PlanReadError(
      "timeout",
      `读取文件“${name}”超过 ${r.seconds} 秒仍未完成,已停止。请检查文件,或另存为 .txt 后再上传`,
      "timeout",
      { name, seconds: r.seconds },
    );
  }
  return new PlanReadError(
    "timeout",
    `文件“${name}”过于复杂,读取时超出内存上限,已停止。请另存为 .txt 后再上传`,
    "outOfMemory",
    { name },
  );
}

function textTooLong(name: string, maxTextChars: number = IMPORT_LIMITS.maxTextChars): PlanReadError {
  const limitWan = wan(maxTextChars);
  return new PlanReadError(
    "too_long",
    `文件“${name}”的文字超过 ${limitWan} 万字,超出一份计划的合理篇幅。请拆分后再上传`,
    "textTooLong",
    { name, limitWan, limitChars: maxTextChars.toLocaleString("en") },
  );
}

/**
 * Reads a plan file by its extension (.txt UTF-8/GB18030, .docx, .pdf with a text layer), within
 * `IMPORT_LIMITS`: a .docx's zip is checked before inflating, .docx and .pdf are parsed in a worker
 * with a time limit, and pages and text length are capped.
 */
export async function readPlanFile(buffer: Uint8Array, filename: string, limits?: ReadLimits): Promise<PlanSource> {
  const ext = extensionOf(filename);
  let source: PlanSource;
  try {
    source = await readByType(Buffer.from(buffer), ext, limits);
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    if (error instanceof ZipRefused || error instanceof WorkerRefused) {
      const refused = limitError(filename, error, limits);
      if (refused) throw refused;
    }
    throw new PlanReadError("unreadable", `无法读取文件“${filename}”,文件可能已损坏或格式与扩展名不符`);
  }
  if (source.text.length > (limits?.maxTextChars ?? IMPORT_LIMITS.maxTextChars))
    throw textTooLong(filename, limits?.maxTextChars);
  if (source.text.trim() === "" && source.tables.length === 0) {
    const hint = ext === "pdf" ? "(扫描件没有文字层,请先进行文字识别)" : "";
    throw new PlanReadError("empty", `文件“${filename}”中没有可识别的文字${hint}`);
  }
  return source;
}
