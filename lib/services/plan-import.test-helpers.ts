import { randomUUID } from "node:crypto";
import { CHANGSHA_DIRECTORY, parsePlanText } from "@/lib/plan-import";
import type { EditablePlanDraft } from "@/lib/validations/plans";
import { toEditableDraft } from "./plan-import";

/** A small plan text of its own (unique title, so its hash is new): one unknown unit, one collective. */
export function uniquePlanText(unknownUnit = "市数据资源局"): { title: string; text: string } {
  const title = `长沙市测试${randomUUID().slice(0, 8)}行动计划(2024—2025年)`;
  const text = [
    title,
    "",
    "一、主要任务",
    "",
    `(一)推进数据开放。力争到2025年,公共数据开放率达90%以上。(责任单位:市科技局、市商务局、${unknownUnit})`,
    "",
    "(二)加强协同联动。2024年底前完成首批场景建设。(责任单位:市发改委、各区县市人民政府)",
    "",
  ].join("\n");
  return { title, text };
}

/** The draft the preview would show for `text`, parsed with the seeded Changsha directory. */
export function draftOf(text: string): EditablePlanDraft {
  return toEditableDraft(parsePlanText(text, { directory: CHANGSHA_DIRECTORY }));
}

/** The same draft with every unknown unit renamed to a directory department. */
export function withUnit(draft: EditablePlanDraft, from: string, to: string): EditablePlanDraft {
  return {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => ({ ...i, units: i.units.map((u) => (u.name === from ? { ...u, name: to } : u)) })),
    })),
  };
}
