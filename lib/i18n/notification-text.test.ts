import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { loadMessages } from "./messages";
import { notificationText, notificationTranslator } from "./notification-text";

type Tree = Record<string, unknown>;
const kindsOf = (locale: (typeof LOCALES)[number]) => (loadMessages(locale).notifications as Tree).kinds as Tree;

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === "object" ? leaves(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("notification text", () => {
  it("has the same messages in every language", () => {
    const zh = leaves(kindsOf("zh-CN")).sort();
    expect(zh.length).toBeGreaterThan(20);
    for (const locale of LOCALES) expect(leaves(kindsOf(locale)).sort(), locale).toEqual(zh);
  });

  it("renders a stored notification in the reader's language, the writer's note as its body", () => {
    const stored = {
      kind: "extension.refused",
      params: { code: "(三)", item: "建设科创服务平台", to: "2026-09-30", note: "请先补齐材料" },
      title: "“(三) 建设科创服务平台”的延期申请未获同意",
      body: "请先补齐材料",
    };
    expect(notificationText(notificationTranslator("zh-CN"), stored)).toEqual({
      title: stored.title,
      body: "请先补齐材料",
    });
    expect(notificationText(notificationTranslator("en"), stored)).toEqual({
      title: "Extension of “(三) 建设科创服务平台” not approved",
      body: "请先补齐材料",
    });
  });

  it("fills choices: the notice level, a missing date", () => {
    const en = notificationTranslator("en");
    const zh = notificationTranslator("zh-CN");
    const notice = { kind: "notice.issued", params: { level: "urge", respondBy: "2026-04-01" }, title: "", body: null };
    expect(notificationText(zh, notice).title).toBe("收到催办单,请于 2026-04-01 前答复");
    expect(notificationText(en, notice).title).toBe("Urging notice received; answer by 2026-04-01");
    const moved = {
      kind: "item.dueChanged",
      params: { code: "一", item: "任务", from: "none", to: "2026-05-01", note: "调整" },
      title: "",
      body: null,
    };
    expect(notificationText(zh, moved)).toEqual({
      title: "“一 任务”的完成时限由 未定 调整为 2026-05-01",
      body: "原因:调整",
    });
  });

  it("keeps the stored text of notifications written before they carried values", () => {
    const old = { kind: "item.dispatched", params: null, title: "新交办任务:一 旧任务", body: "请及时签收。" };
    expect(notificationText(notificationTranslator("en"), old)).toEqual({ title: old.title, body: old.body });
  });
});
