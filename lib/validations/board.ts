import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDate } from "./dates";
import { HEALTH_LEVELS } from "@/lib/health/types";

const optionalId = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);
const optionalDate = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  calendarDate(msg("validation.date.invalidIso")).optional(),
);

/** Board filters, read from search params (page) and the export URL alike. */
export const boardFiltersSchema = z.object({
  planId: optionalId,
  sectionId: optionalId,
  departmentId: optionalId,
  role: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(["lead", "support"]).optional()),
  health: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(HEALTH_LEVELS).optional()),
  minDaysOverdue: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce.number().int().min(0).optional(),
  ),
  missingReports: z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()),
  /** A past day: the board as it stood at the end of it (today's board when absent or not past). */
  asOf: optionalDate,
});
export type BoardFilters = z.output<typeof boardFiltersSchema>;

export const RANKING_SORT_KEYS = [
  "name",
  "score",
  "led",
  "supported",
  "onTimeRate",
  "overdue",
  "openNotices",
  "avgDaysLate",
] as const;
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number];

/** Ranking options, from search params: the period covered and the sort column. */
export const rankingOptionsSchema = z
  .object({
    planId: optionalId,
    from: optionalDate,
    to: optionalDate,
    sort: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(RANKING_SORT_KEYS).default("overdue")),
    dir: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(["asc", "desc"]).default("desc")),
    /** A past day: lights, open notices and scores as they stood at the end of it. */
    asOf: optionalDate,
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: msg("validation.date.startAfterEnd"), path: ["to"] });
export type RankingOptions = z.output<typeof rankingOptionsSchema>;
