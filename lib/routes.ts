/** The app's page addresses in one place: links, redirects, notification links and paths to revalidate. */
export const routes = {
  plans: "/plans",
  /** The secretariat's queue of extension and completion requests. */
  requests: "/requests",
  /** 审核: reports to review and items to dispatch. */
  review: "/review",
  notices: "/notices",
  /** 我的任务: what the liaison's department owes (the reminder digest links here). */
  inbox: "/inbox",
  plan: (id: number) => `/plans/${id}`,
  planMatrix: (id: number) => `/plans/${id}/matrix`,
  item: (id: number) => `/items/${id}`,
  /** The report form, at a given period (e.g. 2026-03 or 2026-Q1) or the current one. */
  itemReport: (id: number, period?: string | null) =>
    `/items/${id}/report${period ? `?period=${encodeURIComponent(period)}` : ""}`,
  notice: (id: number) => `/notices/${id}`,
  noticePrint: (id: number) => `/notices/${id}/print`,
} as const;

/** A page to revalidate after a write: the page itself, or with `layout` every page below the path. */
export type StalePath = string | { layout: string };
