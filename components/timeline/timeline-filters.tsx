import { getTranslations } from "next-intl/server";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import type { TimelineFilters as Filters } from "@/lib/services/timeline-plan";

const SELECT_CLASS = "min-w-0 max-w-full rounded border border-slate-300 bg-white px-2 py-1.5";

/** Department and section as a GET form: the URL holds the filters, the server reads only those items. */
export async function TimelineFilters({
  action,
  filters,
  options,
  maxAsOf,
}: {
  action: string;
  filters: Filters;
  /** The latest day "as of" may ask for: yesterday. */
  maxAsOf: string;
  options: { departments: { id: number; name: string }[]; sections: { id: number; code: string; title: string }[] };
}) {
  const t = await getTranslations("timeline.filters");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("legend")}
      className="flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm print:hidden"
    >
      <label className="flex min-w-0 flex-col gap-1 text-sm">
        <span className="text-slate-700">{t("department")}</span>
        <select name="departmentId" defaultValue={filters.departmentId ?? ""} className={SELECT_CLASS}>
          <option value="">{t("all")}</option>
          {options.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm">
        <span className="text-slate-700">{t("section")}</span>
        <select name="sectionId" defaultValue={filters.sectionId ?? ""} className={SELECT_CLASS}>
          <option value="">{t("all")}</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {sectionHeading(s.code, s.title)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-slate-700">{t("asOf")}</span>
        <input
          type="date"
          name="asOf"
          max={maxAsOf}
          defaultValue={filters.asOf ?? ""}
          className="rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark">
        {t("apply")}
      </button>
      <a href={action} className="px-2 py-1.5 text-sm text-brand hover:underline">
        {t("reset")}
      </a>
    </form>
  );
}
