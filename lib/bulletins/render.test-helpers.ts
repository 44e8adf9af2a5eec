import JSZip from "jszip";
import type { BulletinView } from "./content";

/** A bulletin with two ranked departments, two red items and one notice, as the service would store it. */
export function sampleBulletin(overrides: Partial<BulletinView> = {}): BulletinView {
  return {
    id: 1,
    year: 2026,
    issueNo: 3,
    period: "2026-03",
    title: "2026年3月督查通报",
    summary: "各单位总体推进有力。",
    goodPractice: "市科技局建立周调度机制。",
    snapshotOn: "2026-03-31",
    status: "draft",
    version: 1,
    publishedAt: null,
    content: {
      from: "2026-03-01",
      until: "2026-03-31",
      summary: { items: 12, completed: 3, red: 2, overdue: 2, reportsDue: 10, reportsOnTime: 8 },
      ranking: [
        { rank: 1, departmentId: 1, departmentName: "市科技局", score: 98.5, max: 100 },
        { rank: 2, departmentId: 2, departmentName: "市商务局", score: 90, max: 100 },
        { rank: 3, departmentId: 3, departmentName: "芙蓉区人民政府", score: 72, max: 100 },
      ],
      redItems: [
        { code: "(1)", title: "建设科创走廊", leadUnits: ["市科技局"], dueOn: "2026-02-28", daysOverdue: 31 },
        { code: "(4)", title: "外贸稳增长", leadUnits: ["市商务局", "芙蓉区人民政府"], dueOn: null, daysOverdue: 5 },
      ],
      notices: {
        counts: { reminder: 1, urge: 0, supervise: 1 },
        list: [
          {
            level: "supervise",
            departmentName: "市科技局",
            itemCode: "(1)",
            itemTitle: "建设科创走廊",
            issuedOn: "2026-03-10",
          },
        ],
      },
    },
    ...overrides,
  };
}

/** The paragraphs' text and every table as rows of cell texts, read back from a .docx. */
export async function readDocx(body: Buffer): Promise<{ text: string; tables: string[][][] }> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file("word/document.xml")!.async("string");
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join("");
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[\s>]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!)),
    ),
  );
  const text = [...xml.matchAll(/<w:p[\s>]([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1]!)).join("\n");
  return { text, tables };
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every page's text of a PDF, as pdf.js extracts it (what a reader's search and copy see). */
export async function readPdf(body: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(body), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  await pdf.destroy();
  return pages.join("\n");
}
