import { diffPlans, type DiffUnit, type ItemChange } from "./plan-diff";
import type { Comparator, PlanDraft, PlanItem, PlanSection } from "./types";

/**
 * A revised plan against the published one with each change tied to the rows it concerns: the
 * published item (`p<id>`) and the revised document's item (`r<n>`). `diffPlans` pairs items by what
 * they say and reports the revised code; applying a change needs the published item behind it, so
 * both sides carry their keys as item codes and a second pass over the same pairing names the partner.
 */

export interface RevisionIndicator {
  name: string;
  comparator: Comparator;
  value: number;
  unit: string;
}

/** One item of either side: keyed, with its display code (三(二)) and what the diff compares. */
export interface RevisionNode {
  key: string;
  code: string;
  title: string;
  text: string;
  /** Department names, so a collective and its expanded members compare the same. */
  units: DiffUnit[];
  dueOn: string | null;
  indicators: RevisionIndicator[];
  children: RevisionNode[];
}

export interface RevisionSection {
  title: string;
  items: RevisionNode[];
}

/** A change with its stable id (kind and key: the same texts give the same ids) and the keys behind it. */
export interface KeyedChange {
  id: string;
  /** The published item (absent for an added one). */
  publishedKey: string | null;
  /** The revised document's item (absent for a removed one). */
  revisedKey: string | null;
  change: ItemChange;
}

type Indicators = (node: RevisionNode) => RevisionIndicator[];

function planItem(node: RevisionNode, indicatorsOf: Indicators): PlanItem {
  return {
    code: `[${node.key}]`,
    kind: "task",
    title: node.title,
    text: node.text,
    lead: [],
    support: [],
    units: node.units.map((u) => ({ ...u, originText: u.name, resolved: true, isGroup: false, span: null })),
    unitsInherited: false,
    unitsText: null,
    dueOn: node.dueOn,
    dueSpan: null,
    ongoing: false,
    indicators: indicatorsOf(node).map((i) => ({ ...i, approximate: false, dueOn: null, text: "", span: null })),
    persons: [],
    milestones: [],
    doubts: [],
    span: null,
    children: node.children.map((c) => planItem(c, indicatorsOf)),
  };
}

function draftOf(sections: RevisionSection[], indicatorsOf: Indicators): PlanDraft {
  const planSections: PlanSection[] = sections.map((s) => ({
    code: "",
    title: s.title,
    kind: "task",
    intro: "",
    items: s.items.map((i) => planItem(i, indicatorsOf)),
  }));
  return {
    title: null,
    docNumber: null,
    issuer: null,
    issuedOn: null,
    effectiveFrom: null,
    validUntil: null,
    periodStart: null,
    periodEnd: null,
    sections: planSections,
    warnings: [],
    rules: [],
    source: "",
  };
}

/** The key at the end of a diff code ("[p3][p7]" → "p7"). */
function keyOf(code: string): string {
  const match = /\[([pr]\d+)\]$/.exec(code);
  if (!match) throw new Error(`revision diff code without a key: ${code}`);
  return match[1]!;
}

/** Every node of the sections, by key. */
export function nodesByKey(sections: RevisionSection[]): Map<string, RevisionNode> {
  const out = new Map<string, RevisionNode>();
  const walk = (nodes: RevisionNode[]) => {
    for (const node of nodes) {
      out.set(node.key, node);
      walk(node.children);
    }
  };
  for (const s of sections) walk(s.items);
  return out;
}

/**
 * Which published item each revised item was paired with: the diff again with every item's
 * indicators replaced by its own key, so every pair differs in its indicators and says who it is
 * (pairing reads the wording and section only, never the indicators).
 */
function pairing(published: RevisionSection[], revised: RevisionSection[]): Map<string, string> {
  const marker: Indicators = (node) => [{ name: node.key, comparator: "=", value: 0, unit: "" }];
  const pairs = new Map<string, string>();
  for (const c of diffPlans(draftOf(published, marker), draftOf(revised, marker))) {
    if (c.kind === "indicators") pairs.set(keyOf(c.code), c.before[0]!.split(" ")[0]!);
  }
  return pairs;
}

/**
 * The changes from `published` to `revised`, in the revised plan's order, each with its id and keys;
 * and every revised item's published partner (changed or not).
 */
export function diffRevision(
  published: RevisionSection[],
  revised: RevisionSection[],
): { changes: KeyedChange[]; partnerOf: Map<string, string> } {
  const own: Indicators = (node) => node.indicators;
  const partner = pairing(published, revised);
  const nodes = new Map([...nodesByKey(published), ...nodesByKey(revised)]);
  const changes = diffPlans(draftOf(published, own), draftOf(revised, own)).map((change) => {
    const key = keyOf(change.code);
    const code = nodes.get(key)!.code;
    if (change.kind === "added") {
      const shown = { ...change, code, after: { ...change.after, code } };
      return { id: `added:${key}`, publishedKey: null, revisedKey: key, change: shown };
    }
    if (change.kind === "removed") {
      const shown = { ...change, code, before: { ...change.before, code } };
      return { id: `removed:${key}`, publishedKey: key, revisedKey: null, change: shown };
    }
    const shown = { ...change, code };
    const publishedKey = partner.get(key)!;
    return { id: `${change.kind}:${publishedKey}`, publishedKey, revisedKey: key, change: shown };
  });
  return { changes, partnerOf: partner };
}
