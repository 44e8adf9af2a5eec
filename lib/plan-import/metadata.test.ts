import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";

const parse = (text: string) => parsePlanText(text, { directory: CHANGSHA_DIRECTORY });

describe("metadata in other layouts", () => {
  const GUANGZHOU_STYLE = `广州市人民政府办公厅关于印发广州市促进生产性服务业发展若干措施的通知
穗府办规〔2024〕3号
各区人民政府，市政府各部门：
　　经市人民政府同意，现将《广州市促进生产性服务业发展若干措施》印发给你们，请认真组织实施。
广州市人民政府办公厅
二〇二四年二月六日
一、提升科技服务能级
（一）建设重大科技创新平台。（牵头单位：市科技局）
本措施自印发之日起施行，有效期5年。`;

  it("reads a full-width notice with a Chinese-numeral date and 自印发之日起施行", () => {
    expect(parse(GUANGZHOU_STYLE)).toMatchObject({
      title: "广州市促进生产性服务业发展若干措施",
      docNumber: "穗府办规〔2024〕3号",
      issuer: "广州市人民政府办公厅",
      issuedOn: "2024-02-06",
      effectiveFrom: "2024-02-06",
      validUntil: "2029-02-05",
      periodEnd: null,
    });
  });

  it("says when the plan has no period, since items then have no default deadline", () => {
    const draft = parse(GUANGZHOU_STYLE);
    expect(draft.sections[0].items[0].dueOn).toBeNull();
    expect(draft.warnings.map((w) => w.message).join()).toContain("实施期限");
  });

  it("reads 有效期至 and a single-year plan", () => {
    const draft = parse(
      "某市2024年优化营商环境工作要点\n一、重点任务\n(一)第一季度完成清单梳理。\n本要点自2024年3月1日起施行,有效期至2024年12月31日。",
    );
    expect(draft).toMatchObject({
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      effectiveFrom: "2024-03-01",
      validUntil: "2024-12-31",
    });
    expect(draft.sections[0].items[0].dueOn).toBe("2024-03-31");
  });

  it("ignores a document number cited in the body", () => {
    const draft = parse("某市行动方案\n某政发〔2024〕1号\n一、重点任务\n(一)落实《某某意见》(国发〔2020〕9号)要求。");
    expect(draft.docNumber).toBe("某政发〔2024〕1号");
  });
});
