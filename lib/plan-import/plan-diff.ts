import { findDeadlineMatches } from "./deadlines";
import type { PlanDraft, PlanItem, UnitRole } from "./types";

/**
 * A revised plan against the published one, item by item (issue 14, build item 4): added, removed,
 * re-worded, units, deadline or indicators changed. Items are paired by what they say, not by
 * their number, so removing 重点工程(二) does not make (三)…(六) look changed.
 */

export interface DiffUnit {
  name: string;
  role: UnitRole;
}

export interface DiffItem {
  code: string;
  title: string;
  text: string;
  units: DiffUnit[];
  dueOn: string | null;
  indicators: string[];
}

export type ItemChange =
  | { kind: "added"; code: string; after: DiffItem }
  | { kind: "removed"; code: string; before: DiffItem }
  | { kind: "reworded"; code: string; before: string; after: string }
  | { kind: "units"; code: string; added: DiffUnit[]; removed: DiffUnit[] }
  | { kind: "deadline"; code: string; before: string | null; after: string | null }
  | { kind: "indicators"; code: string; before: string[]; after: string[] };

function flatten(draft: PlanDraft): Array<DiffItem & { section: string }> {
  const out: Array<DiffItem & { section: string }> = [];
  const walk = (items: PlanItem[], path: string, section: string) => {
    for (const item of items) {
      const code = path + item.code;
      out.push({
        section,
        code,
        title: item.title,
        text: item.text,
        units: item.units.map((u) => ({ name: u.name, role: u.role })),
        dueOn: item.dueOn,
        indicators: item.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit}`),
      });
      walk(item.children, code, section);
    }
  };
  for (const s of draft.sections) walk(s.items, s.code, s.title);
  return out;
}

/** The wording without its dates: moving a deadline is a deadline change, not a re-wording. */
function wording(text: string): string {
  let out = text;
  for (const m of findDeadlineMatches(text, null)) out = out.replace(m.text, "");
  return out.replace(/\s+/g, "");
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const [ga, gb] = [bigrams(a), bigrams(b)];
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + (b.length - 1));
  return (2 * shared) / total;
}

const SAME_ITEM = 0.5;

function pair(before: Array<DiffItem & { section: string }>, after: Array<DiffItem & { section: string }>) {
  const [usedB, usedA] = [new Set<number>(), new Set<number>()];
  const pairs: Array<[number, number]> = [];
  const take = (i: number, j: number) => {
    usedB.add(i);
    usedA.add(j);
    pairs.push([i, j]);
  };
  // Unchanged wording pairs at once; only what is left is compared pairwise (a revision changes few items).
  const wordsB = before.map((b) => wording(b.text));
  const wordsA = after.map((a) => wording(a.text));
  const byWording = new Map<string, number[]>();
  wordsA.forEach((w, j) =>
    byWording.set(`${after[j].section}|${w}`, [...(byWording.get(`${after[j].section}|${w}`) ?? []), j]),
  );
  wordsB.forEach((w, i) => {
    const j = byWording.get(`${before[i].section}|${w}`)?.find((k) => !usedA.has(k));
    if (j !== undefined) take(i, j);
  });
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  before.forEach((b, i) => {
    if (usedB.has(i)) return;
    after.forEach((a, j) => {
      if (usedA.has(j) || a.section !== b.section) return;
      const score = similarity(wordsB[i], wordsA[j]);
      if (score >= SAME_ITEM) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score);
  for (const c of candidates) if (!usedB.has(c.i) && !usedA.has(c.j)) take(c.i, c.j);
  return { pairs, usedB, usedA };
}

const unitKey = (u: DiffUnit) => `${u.name}|${u.role}`;

/** Changes from `published` to `revised`, in the revised plan's order (removed items where they were). */
export function diffPlans(published: PlanDraft, revised: PlanDraft): ItemChange[] {
  const before = flatten(published);
  const after = flatten(revised);
  const { pairs, usedB, usedA } = pair(before, after);
  const changes: ItemChange[] = [];
  for (const [i, j] of pairs.sort((x, y) => x[1] - y[1])) {
    const [b, a] = [before[i], after[j]];
    if (wording(b.text) !== wording(a.text))
      changes.push({ kind: "reworded", code: a.code, before: b.text, after: a.text });
    const [bUnits, aUnits] = [new Set(b.units.map(unitKey)), new Set(a.units.map(unitKey))];
    const added = a.units.filter((u) => !bUnits.has(unitKey(u)));
    const removed = b.units.filter((u) => !aUnits.has(unitKey(u)));
    if (added.length || removed.length) changes.push({ kind: "units", code: a.code, added, removed });
    if (b.dueOn !== a.dueOn) changes.push({ kind: "deadline", code: a.code, before: b.dueOn, after: a.dueOn });
    if (b.indicators.join("\n") !== a.indicators.join("\n"))
      changes.push({ kind: "indicators", code: a.code, before: b.indicators, after: a.indicators });
  }
  after.forEach((a, j) => {
    if (!usedA.has(j)) changes.push({ kind: "added", code: a.code, after: stripSection(a) });
  });
  before.forEach((b, i) => {
    if (!usedB.has(i)) changes.push({ kind: "removed", code: b.code, before: stripSection(b) });
  });
  return changes;
}

function stripSection({ section: _section, ...item }: DiffItem & { section: string }): DiffItem {
  return item;
}
