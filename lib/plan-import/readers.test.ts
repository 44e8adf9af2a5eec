import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanDocument } from "./parse-plan";
import { runsToLines } from "./readers/pdf-lines";
import { PlanReadError, readPlanFile } from "./readers/read-plan-file";
import { DISTRICTS } from "./test-helpers";

const options = { directory: CHANGSHA_DIRECTORY };
const PLAN = "某市物流业发展行动方案(2024—2026年)\n一、主要任务\n(一)建设物流枢纽。(责任单位:市商务局、市发改委)";

/** A minimal .docx: paragraphs, then an optional table whose cells may span rows (vMerge). */
async function buildDocx(
  paragraphs: string[],
  table?: Array<Array<string | { text: string; merge: "restart" | "continue" }>>,
) {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const cell = (c: string | { text: string; merge: string }) =>
    typeof c === "string"
      ? `<w:tc>${p(c)}</w:tc>`
      : `<w:tc><w:tcPr><w:vMerge${c.merge === "restart" ? ' w:val="restart"' : ""}/></w:tcPr>${p(c.text)}</w:tc>`;
  const tbl = table ? `<w:tbl>${table.map((row) => `<w:tr>${row.map(cell).join("")}</w:tr>`).join("")}</w:tbl>` : "";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join("")}${tbl}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("text files", () => {
  it("reads UTF-8 and GB18030 alike", async () => {
    const utf8 = await readPlanFile(Buffer.from(PLAN, "utf8"), "plan.txt");
    const gb = await readPlanFile(iconv.encode(PLAN, "gb18030"), "plan.txt");
    expect(gb.text).toBe(PLAN);
    expect(parsePlanDocument(gb, options)).toEqual(parsePlanDocument(utf8, options));
    expect(parsePlanDocument(gb, options).sections[0].items[0].support).toEqual(["市发展改革委"]);
  });

  it("reports an empty file and an unsupported format in Chinese", async () => {
    await expect(readPlanFile(Buffer.from("  \n"), "empty.txt")).rejects.toMatchObject({ code: "empty" });
    await expect(readPlanFile(Buffer.from("x"), "plan.xls")).rejects.toBeInstanceOf(PlanReadError);
    await expect(readPlanFile(Buffer.from("not a zip"), "plan.docx")).rejects.toMatchObject({ code: "unreadable" });
  });
});

describe("docx files", () => {
  it("reads the numbered body from the document text", async () => {
    const docx = await buildDocx(PLAN.split("\n"));
    const draft = parsePlanDocument(await readPlanFile(docx, "plan.docx"), options);
    expect(draft.title).toBe("某市物流业发展行动方案(2024—2026年)");
    expect(draft.sections[0].items[0]).toMatchObject({ title: "建设物流枢纽", lead: ["市商务局"] });
  });

  it("imports a 任务分解表 by its column names, with merged category cells", async () => {
    const docx = await buildDocx(
      ["某市物流业发展行动方案(2024—2026年)", "附件", "任务分解表"],
      [
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
        [
          "1",
          { text: "建设物流枢纽", merge: "restart" },
          "建成物流园区5个以上",
          "市商务局",
          "市发改委、各区县(市)人民政府",
          "2025年底前",
        ],
        ["2", { text: "", merge: "continue" }, "完善冷链设施", "市交通运输局", "", "持续推进"],
        ["3", "强化资金保障", "设立产业基金", "", "", "2024年6月底前"],
      ],
    );
    const source = await readPlanFile(docx, "plan.docx");
    const draft = parsePlanDocument(source, options);
    expect(draft.sections.map((s) => [s.title, s.kind, s.items.length])).toEqual([
      ["建设物流枢纽", "task", 2],
      ["强化资金保障", "measure", 1],
    ]);
    const [hub, cold] = draft.sections[0].items;
    expect(hub).toMatchObject({ code: "1", title: "建成物流园区5个以上", lead: ["市商务局"], dueOn: "2025-12-31" });
    expect(hub.support).toEqual(["市发展改革委", ...DISTRICTS]);
    expect(hub.indicators[0]).toMatchObject({ comparator: ">=", value: 5, unit: "个" });
    expect(cold).toMatchObject({ lead: ["市交通运输局"], support: [], ongoing: true, dueOn: null });
    expect(draft.sections[1].items[0].dueOn).toBe("2024-06-30");
    expect(draft.warnings.map((w) => [w.code, w.itemCode])).toContainEqual(["no_units", "二3"]);
  });

  it("reads a 责任单位 column as first-lead-then-support", async () => {
    const docx = await buildDocx(
      ["某方案"],
      [
        ["序号", "任务", "责任单位", "完成时间"],
        ["1", "推进改革", "市发改委、市商务局", "2024年底前"],
      ],
    );
    const item = parsePlanDocument(await readPlanFile(docx, "p.docx"), options).sections[0].items[0];
    expect(item).toMatchObject({ lead: ["市发展改革委"], support: ["市商务局"], dueOn: "2024-12-31" });
  });
});

describe("pdf files", () => {
  it("joins positioned text runs into lines, top to bottom and left to right", () => {
    const run = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 12, height: 12 });
    expect(
      runsToLines([run("第二行", 72, 700), run("(责任单位:市商务局)", 200, 770.5), run("第一行。", 72, 770)]),
    ).toEqual(["第一行。(责任单位:市商务局)", "第二行"]);
    expect(runsToLines([run("Page", 10, 40), run("2", 70, 40)])).toEqual(["Page 2"]);
  });

  it("reads the text layer of a Chinese PDF (fixtures/plan-sample.pdf)", async () => {
    const buffer = readFileSync(path.join(__dirname, "fixtures/plan-sample.pdf"));
    const draft = parsePlanDocument(await readPlanFile(buffer, "plan-sample.pdf"), options);
    expect(draft.title).toBe("某市物流业发展行动方案(2024—2026年)");
    expect(draft.sections.map((s) => s.title)).toEqual(["主要任务", "保障措施"]);
    const [hub, cold] = draft.sections[0].items;
    expect(hub.text).toBe("建设物流枢纽。到2026年,建成物流园区5个以上。");
    expect(hub).toMatchObject({ lead: ["市商务局"], support: ["市发展改革委"] });
    expect(cold.lead).toEqual(["市交通运输局"]);
    expect(draft.sections[1].items[0].text).toBe("强化资金保障。");
  });
});
