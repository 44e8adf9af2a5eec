import ExcelJS from "exceljs";
import { PassThrough, Readable } from "node:stream";

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

/** One worksheet with a bold, frozen Chinese header row and one row per record; returns .xlsx bytes. */
export async function writeSheet<T>(input: {
  sheetName: string;
  title?: string;
  columns: SheetColumn<T>[];
  rows: T[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "督办";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(input.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = input.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of input.rows) {
    sheet.addRow(Object.fromEntries(input.columns.map((c, i) => [`c${i}`, c.value(row) ?? ""])));
  }
  if (input.title) workbook.title = input.title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A Content-Disposition value that keeps a Chinese file name (RFC 5987) with an ASCII fallback. */
export function attachmentHeader(filename: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The same sheet written as rows arrive (exceljs' streaming writer): each chunk is committed and
 * sent before the next is read, so a 24,000-row export holds one chunk in memory and the response
 * starts at once. Errors after the first bytes abort the download (the file is then incomplete).
 */
export function streamSheet<T>(input: {
  sheetName: string;
  title?: string;
  columns: SheetColumn<T>[];
  chunks: AsyncIterable<T[]>;
}): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "督办";
  workbook.created = new Date();
  if (input.title) workbook.title = input.title;
  const sheet = workbook.addWorksheet(input.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = input.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    try {
      for await (const chunk of input.chunks) {
        for (const row of chunk)
          sheet.addRow(Object.fromEntries(input.columns.map((c, i) => [`c${i}`, c.value(row) ?? ""]))).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
