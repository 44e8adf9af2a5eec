import { getTranslations } from "next-intl/server";
import type { AuditFiltersInput } from "@/lib/validations/audit";

interface Options {
  actions: { value: string; label: string }[];
  actors: { id: number; name: string }[];
  plans: { id: number; title: string }[];
  departments: { id: number; name: string }[];
  items: { id: number; code: string; title: string }[] | null;
}

const field = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and exported. */
export async function AuditFilters({ values, options }: { values: AuditFiltersInput; options: Options }) {
  const t = await getTranslations("audit.filters");
  const labels = await getTranslations("auditLabels");
  const select = (
    name: keyof AuditFiltersInput,
    label: string,
    choices: { value: string | number; label: string }[],
    disabledHint?: string,
  ) => (
    <div className="text-sm">
      <label htmlFor={`audit-${name}`} className="block font-medium">
        {label}
      </label>
      <select
        id={`audit-${name}`}
        name={name}
        defaultValue={values[name] == null ? "" : String(values[name])}
        className={field}
        disabled={Boolean(disabledHint)}
      >
        <option value="">{disabledHint ?? t("all")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      aria-label={t("apply")}
      className="grid grid-cols-1 gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      {values.category && <input type="hidden" name="category" value={values.category} />}
      {select(
        "planId",
        t("plan"),
        options.plans.map((p) => ({ value: p.id, label: p.title })),
      )}
      {select(
        "workItemId",
        t("item"),
        (options.items ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.title}` })),
        options.items ? undefined : t("choosePlanFirst"),
      )}
      {select(
        "departmentId",
        t("department"),
        options.departments.map((d) => ({ value: d.id, label: d.name })),
      )}
      {select(
        "actorId",
        t("actor"),
        options.actors.map((a) => ({ value: a.id, label: a.name })),
      )}
      {select("action", t("action"), options.actions)}
      <div className="text-sm">
        <label htmlFor="audit-from" className="block font-medium">
          {t("from")}
        </label>
        <input id="audit-from" type="date" name="from" defaultValue={values.from ?? ""} className={field} />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-to" className="block font-medium">
          {t("to")}
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={values.to ?? ""} className={field} />
      </div>
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="signIns" value="1" defaultChecked={Boolean(values.signIns)} className="h-4 w-4" />
        {labels("showSignIns")}
      </label>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded bg-brand px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-dark"
        >
          {t("apply")}
        </button>
        <a href="?" className="px-2 py-1.5 text-sm text-slate-600 hover:underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
