/** Classes shared by the request forms. */
export const FIELD_CLASS = "mt-1 w-full rounded border border-slate-300 px-3 py-2 disabled:bg-slate-100";
export const ALERT_CLASS = "rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700";
export const DONE_CLASS = "rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800";
