import { describe, expect, it } from "vitest";
import { renderBulletin } from "./render";
import { readDocx, readPdf, sampleBulletin } from "./render.test-helpers";

describe("督查通报 documents", () => {
  it("the .docx opens with a docx reader and holds the number, the ranking (one row per department) and the red items", async () => {
    const { body, fileName } = await renderBulletin(sampleBulletin(), "docx");
    expect(fileName).toBe("督查通报〔2026〕第3期.docx");
    const { text, tables } = await readDocx(body);
    expect(text).toContain("〔2026〕第3期");
    expect(text).toContain("2026年3月督查通报");
    expect(text).toContain("纳入督办的任务共 12 项");
    expect(text).toContain("市科技局建立周调度机制。");
    const [ranking, red, notices] = tables;
    expect(ranking).toEqual([
      ["名次", "单位", "得分", "满分"],
      ["1", "市科技局", "98.5", "100"],
      ["2", "市商务局", "90", "100"],
      ["3", "芙蓉区人民政府", "72", "100"],
    ]);
    expect(red!.slice(1)).toEqual([
      ["(1)", "建设科创走廊", "市科技局", "2026-02-28", "31"],
      ["(4)", "外贸稳增长", "市商务局、芙蓉区人民政府", "未定", "5"],
    ]);
    expect(notices![1]).toEqual(["督办", "市科技局", "(1) 建设科创走廊", "2026-03-10"]);
  });

  it("the PDF has the same content, its Chinese text extractable", async () => {
    const { body, fileName } = await renderBulletin(sampleBulletin(), "pdf");
    expect(fileName).toBe("督查通报〔2026〕第3期.pdf");
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    // The font is embedded as a subset: far smaller than the 8 MB face.
    expect(body.length).toBeLessThan(400_000);
    const text = (await readPdf(body)).replace(/\s+/g, "");
    for (const expected of [
      "督查通报",
      "〔2026〕第3期",
      "2026年3月督查通报",
      "纳入督办的任务共12项",
      "市科技局",
      "98.5",
      "芙蓉区人民政府",
      "建设科创走廊",
      "市商务局、芙蓉区人民政府",
      "市科技局建立周调度机制。",
    ])
      expect(text).toContain(expected);
    // Reading the 8 MB face and pdf.js's first load take a while on a busy machine.
  }, 120_000);

  it("a long ranking runs onto the next PDF page with its header repeated, every department listed", async () => {
    const bulletin = sampleBulletin();
    bulletin.content.ranking = Array.from({ length: 90 }, (_, i) => ({
      rank: i + 1,
      departmentId: i + 1,
      departmentName: `测试单位${i + 1}号`,
      score: 100 - i / 10,
      max: 100,
    }));
    const pages = (await readPdf((await renderBulletin(bulletin, "pdf")).body)).split("\n");
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]!.replace(/\s+/g, "")).toContain("名次单位得分满分");
    const all = pages.join("");
    for (const r of bulletin.content.ranking) expect(all).toContain(r.departmentName);
  }, 120_000);

  it("says so when a period has no red items and no good practice", async () => {
    const bulletin = sampleBulletin({ goodPractice: "" });
    bulletin.content.redItems = [];
    const { text, tables } = await readDocx((await renderBulletin(bulletin, "docx")).body);
    expect(text).toContain("本期没有红灯事项。");
    expect(tables).toHaveLength(2);
  });

  it("says how many red items there are when only the longest overdue are listed", async () => {
    const bulletin = sampleBulletin();
    bulletin.content.summary.red = 450;
    const { text } = await readDocx((await renderBulletin(bulletin, "docx")).body);
    expect(text).toContain("红灯事项共 450 项,以上列出逾期最久的 2 项。");
  });

  it("renders in English with the English wording", async () => {
    const { text } = await readDocx((await renderBulletin(sampleBulletin(), "docx", "en")).body);
    expect(text).toContain("[2026] No. 3");
    expect(text).toContain("2. Score ranking");
  });
});
