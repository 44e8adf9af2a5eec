"use client";
import { useTranslations } from "next-intl";
import { get, useFormContext } from "react-hook-form";
import type { EditableItem } from "@/lib/validations/plans";
import { DraftUnitsEditor } from "./draft-units-editor";
import type { DepartmentOption, DraftInput, DraftPath } from "./draft-types";
import { comparatorSign } from "@/lib/format/comparators";

interface Props {
  path: string;
  item: EditableItem | Omit<EditableItem, "children">;
  fullCode: string;
  warnings: { code: string; message: string }[];
  departments: DepartmentOption[];
}

/** One item of the preview: title, due date and units editable; indicators and warnings shown. */
export function DraftItemEditor({ path, item, fullCode, warnings, departments }: Props) {
  const t = useTranslations("plans.preview");
  const tp = useTranslations("plans");
  const { register, formState } = useFormContext<DraftInput>();
  const p = (suffix: string) => `${path}.${suffix}` as DraftPath;
  const titleError = (get(formState.errors, `${path}.title`) as { message?: string } | undefined)?.message;
  const dueError = (get(formState.errors, `${path}.dueOn`) as { message?: string } | undefined)?.message;
  const children = "children" in item ? item.children : [];
  return (
    <li
      className={`space-y-2 rounded border p-2 ${warnings.length ? "border-amber-400 bg-amber-50/50" : "border-slate-200"}`}
      data-testid={`draft-item-${fullCode}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-500">
          {item.code} · {tp(`kind.${item.kind}`)}
        </span>
        <input
          aria-label={t("itemTitle", { code: fullCode })}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-medium"
          aria-invalid={Boolean(titleError)}
          {...register(p("title"))}
        />
      </div>
      {titleError && <p className="text-sm text-red-600">{titleError}</p>}
      {warnings.map((w, i) => (
        <p key={i} className="text-sm text-amber-900">
          ⚠ {w.message}
        </p>
      ))}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <input
          type="date"
          aria-label={t("dueOn", { code: fullCode })}
          className="rounded border border-slate-300 px-2 py-1"
          {...register(p("dueOn"))}
        />
        <label className="flex items-center gap-1">
          <input type="checkbox" {...register(p("ongoing"))} />
          {t("ongoing")}
        </label>
        {dueError && <span className="text-red-600">{dueError}</span>}
      </div>
      <DraftUnitsEditor path={p("units")} code={fullCode} departments={departments} />
      {item.indicators.length > 0 && (
        <div className="text-sm">
          <span className="font-medium text-slate-600">{t("indicators")}:</span>
          <ul className="ml-4 list-disc">
            {item.indicators.map((ind, i) => (
              <li key={i}>
                {ind.name} {comparatorSign(ind.comparator)} {ind.approximate ? "约" : ""}
                {ind.value}
                {ind.unit}
                {ind.dueOn && <span className="text-slate-500"> ({ind.dueOn})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children.length > 0 && (
        <div>
          <p className="text-sm font-medium text-slate-600">{t("children")}</p>
          <ul className="ml-2 space-y-2 border-l-2 border-slate-200 pl-2">
            {children.map((child, c) => (
              <DraftItemEditor
                key={c}
                path={`${path}.children.${c}`}
                item={child}
                fullCode={`${fullCode}${child.code}`}
                warnings={[]}
                departments={departments}
              />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
