import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { BulletinDocument, DocBlock } from "./document";

/**
 * Noto Sans Hans (SIL OFL) from the `@embedpdf/fonts-sc` package, read from node_modules at run time
 * (next.config.js traces it into the standalone output); pdfkit embeds only the glyphs used.
 */
export const CJK_FONT_FILE = path.join(
  process.cwd(),
  "node_modules",
  "@embedpdf",
  "fonts-sc",
  "fonts",
  "NotoSansHans-Regular.otf",
);
const RED = "#c00000";
const MARGIN = 56;

const PAD = 3;

/**
 * A table drawn cell by cell (pdfkit's own table re-measures with the full CJK face per cell and takes
 * seconds): each row as tall as its tallest cell, a new page (header repeated) when it would not fit.
 */
function table(pdf: PDFKit.PDFDocument, b: Extract<DocBlock, { kind: "table" }>): void {
  const total = pdf.page.width - MARGIN * 2;
  const widths = b.widths.map((w) => (total * w) / 100);
  pdf.fontSize(9.5);
  const heightOf = (cells: string[]) =>
    Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - PAD * 2 }))) + PAD * 2;
  const draw = (cells: string[], header: boolean) => {
    const height = heightOf(cells);
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      if (!header) draw(b.headers, true);
    }
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      if (header) pdf.rect(x, top, widths[i]!, height).fill("#eeeeee").fillColor("black");
      pdf.rect(x, top, widths[i]!, height).stroke();
      pdf.text(text, x + PAD, top + PAD, { width: widths[i]! - PAD * 2 });
      x += widths[i]!;
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  draw(b.headers, true);
  for (const row of b.rows) draw(row, false);
  pdf.moveDown(0.5);
}

/** The same document as the .docx, as a PDF with the Chinese font embedded (subset) so any reader shows it. */
export function bulletinPdf(doc: BulletinDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: doc.title, Creator: doc.masthead },
    lang: "zh-CN",
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.registerFont("cjk", CJK_FONT_FILE);
  pdf.font("cjk");
  pdf.fillColor(RED).fontSize(28).text(doc.masthead, { align: "center" });
  pdf.fillColor("black").fontSize(13).text(doc.number, { align: "center" });
  const lineY = pdf.y + 4;
  pdf
    .moveTo(MARGIN, lineY)
    .lineTo(pdf.page.width - MARGIN, lineY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  pdf.strokeColor("black").lineWidth(0.5);
  pdf.moveDown(1);
  pdf.fontSize(17).text(doc.title, MARGIN, pdf.y, { align: "center" });
  pdf.fontSize(10).text(doc.meta, { align: "center" });
  pdf.moveDown(1);
  for (const b of doc.blocks) {
    if (b.kind === "heading") pdf.fontSize(13).text(b.text, MARGIN, pdf.y, { paragraphGap: 4 });
    else if (b.kind === "paragraph")
      pdf.fontSize(11).text(b.text, MARGIN, pdf.y, { indent: 22, paragraphGap: 6, lineGap: 2 });
    else table(pdf, b);
  }
  pdf.end();
  return done;
}
