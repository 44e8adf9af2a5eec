export * from "./types";
export * from "./compute";
export {
  periodDueOn,
  periodOf,
  requiredPeriods,
  type ReportingCycle,
  type RequiredPeriod,
} from "@/lib/lifecycle/periods";
