/**
 * What a 督查通报 is made of: the figures read when it was generated (stored in `bulletins.content`,
 * so a bulletin keeps saying what it said however the data changes later) and the wording the
 * secretariat writes. Pure types and helpers; the service reads the figures, lib/bulletins renders.
 */
export type NoticeLevel = "reminder" | "urge" | "supervise";

export interface BulletinSummary {
  /** Items tracked (dispatched or completed) as of the snapshot day. */
  items: number;
  /** Items completed inside the period. */
  completed: number;
  /** Items with a red light on the snapshot day. */
  red: number;
  /** Items past their due date and not completed on the snapshot day. */
  overdue: number;
  /** Reports due inside the period, and how many of them were filed by their due date. */
  reportsDue: number;
  reportsOnTime: number;
}

export interface BulletinRankingRow {
  /** Competition rank: equal scores share a rank. */
  rank: number;
  departmentId: number;
  departmentName: string;
  score: number;
  max: number;
}

export interface BulletinRedItem {
  code: string;
  title: string;
  /** The lead units' names, joined by the reader's list separator when rendered. */
  leadUnits: string[];
  dueOn: string | null;
  daysOverdue: number;
}

export interface BulletinNotice {
  level: NoticeLevel;
  departmentName: string;
  itemCode: string;
  itemTitle: string;
  issuedOn: string;
}

export interface BulletinContent {
  /** First and last day counted (the last is the snapshot day while the period is still running). */
  from: string;
  until: string;
  summary: BulletinSummary;
  ranking: BulletinRankingRow[];
  redItems: BulletinRedItem[];
  notices: { counts: Record<NoticeLevel, number>; list: BulletinNotice[] };
}

/** A bulletin as the renderers and pages read it. */
export interface BulletinView {
  id: number;
  year: number;
  issueNo: number;
  period: string;
  title: string;
  summary: string;
  goodPractice: string;
  content: BulletinContent;
  snapshotOn: string;
  status: "draft" | "published";
  version: number;
  publishedAt: Date | null;
}

/** Ranks best first with equal scores sharing a rank (1, 2, 2, 4). */
export function rankRows<T extends { score: number }>(rows: T[]): (T & { rank: number })[] {
  return rows.map((row, i) => ({
    ...row,
    rank: i > 0 && rows[i - 1]!.score === row.score ? rankOfPrevious(rows, i) : i + 1,
  }));
}

function rankOfPrevious(rows: { score: number }[], i: number): number {
  let j = i;
  while (j > 0 && rows[j - 1]!.score === rows[i]!.score) j -= 1;
  return j + 1;
}

/** A period's label as a message ref ("2026年3月", "2026年第1季度" in Chinese), rendered by the reader. */
export function periodRef(period: string, msg: (key: string, values: Record<string, number>) => string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return msg("common.period.quarterly", { year: Number(quarter[1]), quarter: Number(quarter[2]) });
  return msg("common.period.monthly", { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) });
}

/** A bulletin's page. */
export function bulletinPath(id: number): string {
  return `/bulletins/${id}`;
}
