import { endOfMonth } from "./dates";

/** Quarterly milestones written in one cell or sentence: 一季度:出台方案;二季度:挂牌运营 (form 6). */

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const MILESTONE = /(?:(20\d\d)年)?第?([一二三四1-4])季度(?:末|底)?(?:前)?:([^;。\n|]+)/g;

export interface FoundMilestone {
  dueOn: string;
  text: string;
}

export function findMilestones(text: string, planYear: number | null): FoundMilestone[] {
  const out: FoundMilestone[] = [];
  for (const m of text.matchAll(MILESTONE)) {
    const year = m[1] ? Number(m[1]) : planYear;
    const label = m[3].trim();
    if (year === null || !label) continue;
    out.push({ dueOn: endOfMonth(year, QUARTER[m[2]] * 3), text: label });
  }
  return out;
}
