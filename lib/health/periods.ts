import { periodDueOn, periodOf, type ReportingCycle } from "@/lib/lifecycle/periods";

export { periodDueOn, periodOf, type ReportingCycle };

/** Periods are named `YYYY-MM` (monthly) or `YYYY-Qn` (quarterly), as in lib/lifecycle/periods. */
export interface RequiredPeriod {
  period: string;
  dueOn: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function nextPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const q = Number(quarter[2]);
    return q === 4 ? `${Number(quarter[1]) + 1}-Q1` : `${quarter[1]}-Q${q + 1}`;
  }
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/**
 * Reports an item owes: from the first period whose due date falls after dispatch, through the
 * last one due on or before `until` (and not after the item's own due date, when it has one).
 */
export function requiredPeriods(input: {
  cycle: ReportingCycle;
  reportDueDay: number;
  dispatchedOn: string | null;
  until: string;
  itemDueOn?: string | null;
}): RequiredPeriod[] {
  const { cycle, reportDueDay, dispatchedOn, until, itemDueOn } = input;
  if (cycle === "none" || !dispatchedOn) return [];
  // Reports due after the item's own deadline are not asked for; the overdue rule covers that time.
  const last = itemDueOn && itemDueOn < until ? itemDueOn : until;
  const out: RequiredPeriod[] = [];
  let period = periodOf(dispatchedOn, cycle)!;
  for (let guard = 0; guard < 1000; guard += 1) {
    const dueOn = periodDueOn(period, reportDueDay);
    if (dueOn > last) break;
    if (dueOn > dispatchedOn) out.push({ period, dueOn });
    period = nextPeriod(period);
  }
  return out;
}
