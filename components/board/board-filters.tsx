import { useTranslations } from "next-intl";
import { addDays } from "@/lib/clock";
import type { Board } from "@/lib/services/board";

type Option = { id: number; label: string };

function Select({
  name,
  label,
  value,
  options,
  allLabel,
}: {
  name: string;
  label: string;
  value?: string | number;
  options: Option[] | { id: string; label: string }[];
  allLabel: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="text-slate-700">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5"
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Board filters as a plain GET form: the URL holds the filters, so links and exports share them. */
export function BoardFilters({ board }: { board: Board }) {
  const t = useTranslations("board.filters");
  const th = useTranslations("health.levels");
  const f = board.filters;
  return (
    <form method="get" action="/board" className="rounded bg-white p-3 shadow-sm" aria-label={t("legend")}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="planId" label={t("plan")} value={f.planId} options={board.options.plans} allLabel={t("all")} />
        <Select
          name="sectionId"
          label={t("section")}
          value={f.sectionId}
          options={board.options.sections}
          allLabel={f.planId ? t("all") : t("sectionNeedsPlan")}
        />
        <Select
          name="departmentId"
          label={t("department")}
          value={f.departmentId}
          options={board.options.departments}
          allLabel={t("all")}
        />
        <Select
          name="role"
          label={t("role")}
          value={f.role}
          options={[
            { id: "lead", label: t("lead") },
            { id: "support", label: t("support") },
          ]}
          allLabel={t("all")}
        />
        <Select
          name="health"
          label={t("health")}
          value={f.health}
          options={(["red", "yellow", "green", "completed"] as const).map((h) => ({ id: h, label: th(h) }))}
          allLabel={t("all")}
        />
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-slate-700">{t("minDaysOverdue")}</span>
          <input
            type="number"
            min={0}
            name="minDaysOverdue"
            defaultValue={f.minDaysOverdue ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-slate-700">{t("asOfDay")}</span>
          <input
            type="date"
            name="asOf"
            max={addDays(board.today, -1)}
            defaultValue={board.asOf ?? ""}
            title={t("asOfHint")}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="missingReports" value="1" defaultChecked={f.missingReports} />
          {t("missingReports")}
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark">
            {t("apply")}
          </button>
          <a href="/board" className="px-2 py-1.5 text-sm text-brand hover:underline">
            {t("reset")}
          </a>
        </div>
      </div>
    </form>
  );
}
