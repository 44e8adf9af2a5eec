import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { BulletinDocument, DocBlock } from "./document";

/** Word maps these names to the installed Chinese faces (宋体, 黑体); other readers fall back. */
const BODY_FONT = { ascii: "SimSun", eastAsia: "SimSun", hAnsi: "SimSun" };
const HEAD_FONT = { ascii: "SimHei", eastAsia: "SimHei", hAnsi: "SimHei" };
const RED = "C00000";

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ children: [new TextRun({ text, bold: header, font: header ? HEAD_FONT : BODY_FONT })] }),
    ],
  });
}

function block(b: DocBlock): Paragraph | Table {
  if (b.kind === "heading")
    return new Paragraph({
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: b.text, font: HEAD_FONT, size: 28, color: "000000" })],
    });
  if (b.kind === "paragraph")
    return new Paragraph({
      indent: { firstLine: 560 },
      spacing: { after: 120, line: 360 },
      children: [new TextRun({ text: b.text, font: BODY_FONT, size: 24 })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.headers.map((h, i) => cell(h, b.widths[i]!, true)) }),
      ...b.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, b.widths[i]!, false)) })),
    ],
  });
}

/** The bulletin as a Word document: a red masthead with its number, the title, then every block in order. */
export async function bulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const section: ISectionOptions = {
    properties: { page: { size: { width: 11906, height: 16838 } } },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: doc.masthead, font: HEAD_FONT, size: 56, bold: true, color: RED })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } },
        children: [new TextRun({ text: doc.number, font: BODY_FONT, size: 28 })],
      }),
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: doc.title, font: HEAD_FONT, size: 36, color: "000000" })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: doc.meta, font: BODY_FONT, size: 21 })],
      }),
      ...doc.blocks.map(block),
    ],
  };
  return Packer.toBuffer(new Document({ creator: doc.masthead, title: doc.title, sections: [section] }));
}
