import type { ItemDoubt, PlanDraft, PlanItem, PlanRule, SourceSpan } from "./types";

/**
 * What the import preview shows beside the source: every item with the fields read from it and
 * where each was read, the items whose reading is uncertain first.
 */

export interface ReviewField {
  kind: "lead" | "support" | "joint" | "due" | "person" | "indicator";
  label: string;
  span: SourceSpan | null;
}

export interface ReviewItem {
  code: string;
  title: string;
  span: SourceSpan | null;
  doubts: ItemDoubt[];
  fields: ReviewField[];
}

export interface PlanReview {
  source: string;
  rules: PlanRule[];
  items: ReviewItem[];
}

function fieldsOf(item: PlanItem): ReviewField[] {
  const fields: ReviewField[] = [];
  const seen = new Set<string>();
  for (const unit of item.units) {
    // Members expanded from one collective share its words: one field for the collective.
    const label = unit.originText;
    if (seen.has(label)) continue;
    seen.add(label);
    fields.push({ kind: unit.role, label, span: unit.span });
  }
  if (item.dueOn) fields.push({ kind: "due", label: item.dueOn, span: item.dueSpan });
  for (const p of item.persons) fields.push({ kind: "person", label: `${p.role} ${p.name}`, span: p.span });
  for (const ind of item.indicators) fields.push({ kind: "indicator", label: ind.text, span: ind.span });
  return fields;
}

export function reviewOf(draft: PlanDraft): PlanReview {
  const items: ReviewItem[] = [];
  const walk = (list: PlanItem[], path: string) => {
    for (const item of list) {
      const code = path + item.code;
      items.push({ code, title: item.title, span: item.span, doubts: item.doubts, fields: fieldsOf(item) });
      walk(item.children, code);
    }
  };
  for (const section of draft.sections) walk(section.items, section.code);
  // Stable: uncertain items first, each group in document order.
  const ordered = [...items.filter((i) => i.doubts.length > 0), ...items.filter((i) => i.doubts.length === 0)];
  return { source: draft.source, rules: draft.rules, items: ordered };
}
