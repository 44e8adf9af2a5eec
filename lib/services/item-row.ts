import { calendarDateOf, type HealthResult } from "@/lib/health";

export interface ItemAssignment {
  departmentId: number;
  departmentName: string;
  role: "lead" | "support";
  acknowledgedAt: Date | null;
}

/** A dispatched (or completed) item with everything the board, ranking and dashboards show. */
/** What an item row carries of the item, its plan and its section (the board and the computation alike). */
export function itemRowFields({
  item,
  plan,
  section,
}: {
  item: Pick<ItemHealthRow, "id" | "code" | "title" | "status" | "reportingCycle" | "reportDueDay"> & {
    dispatchedAt: Date | null;
    completedAt: Date | null;
  };
  plan: { id: number; title: string; periodStart: string | null; periodEnd: string | null };
  section: { id: number; code: string; title: string };
}) {
  return {
    id: item.id,
    planId: plan.id,
    planTitle: plan.title,
    planPeriodStart: plan.periodStart,
    planPeriodEnd: plan.periodEnd,
    sectionId: section.id,
    sectionCode: section.code,
    sectionTitle: section.title,
    code: item.code,
    title: item.title,
    status: item.status,
    dispatchedOn: calendarDateOf(item.dispatchedAt),
    completedOn: calendarDateOf(item.completedAt),
    reportingCycle: item.reportingCycle,
    reportDueDay: item.reportDueDay,
  };
}

export interface ItemHealthRow {
  id: number;
  planId: number;
  planTitle: string;
  planPeriodStart: string | null;
  planPeriodEnd: string | null;
  sectionId: number;
  sectionCode: string;
  sectionTitle: string;
  code: string;
  title: string;
  status: "draft" | "dispatched" | "completed";
  dueOn: string | null;
  dispatchedOn: string | null;
  completedOn: string | null;
  reportingCycle: "monthly" | "quarterly" | "none";
  reportDueDay: number;
  assignments: ItemAssignment[];
  progressPercent: number | null;
  indicators: { id: number; name: string; comparator: string; target: number; unit: string; latest: number | null }[];
  health: HealthResult;
}
