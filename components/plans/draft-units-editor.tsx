"use client";
import { useTranslations } from "next-intl";
import { get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { errorText } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmUnitAliasAction } from "@/lib/actions/plans";
import { confirmUnitAliasSchema } from "@/lib/validations/plans";
import type { DepartmentOption, DraftInput, DraftPath } from "./draft-types";

/** The units of one item: name, lead/support, remove, add; unknown names can be mapped to a department. */
export function DraftUnitsEditor({
  path,
  code,
  departments,
}: {
  path: DraftPath;
  code: string;
  departments: DepartmentOption[];
}) {
  const t = useTranslations("plans.preview");
  const tr = useTranslations("plans.role");
  const { control, register, setValue, formState } = useFormContext<DraftInput>();
  const { fields, append, remove } = useFieldArray({ control, name: path as "sections.0.items.0.units" });
  const units = (useWatch({ control, name: path }) ?? []) as {
    name: string;
    role: string;
    originText?: string;
    resolved?: boolean;
  }[];
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-600">{t("units")}</p>
      {fields.length === 0 && <p className="text-amber-800">{t("noUnits")}</p>}
      <ul className="space-y-1">
        {fields.map((field, k) => {
          const unit = units[k] ?? { name: "", role: "support" };
          const p = (s: string) => `${path}.${k}.${s}` as DraftPath;
          const error = (get(formState.errors, `${path}.${k}.name`) as { message?: string } | undefined)?.message;
          const unknown = unit.resolved === false;
          return (
            <li key={field.id} className={`rounded px-1 py-0.5 ${unknown || error ? "bg-red-50" : ""}`}>
              <div className="flex flex-wrap items-center gap-1">
                <select
                  aria-label={t("unitRole", { name: unit.name })}
                  className="rounded border border-slate-300 px-1 py-0.5"
                  {...register(p("role"))}
                >
                  <option value="lead">{tr("lead")}</option>
                  <option value="support">{tr("support")}</option>
                </select>
                <input
                  aria-label={`${code} ${t("unitName")}`}
                  list="department-names"
                  className={`min-w-0 flex-1 rounded border px-2 py-0.5 ${unknown || error ? "border-red-400" : "border-slate-300"} ${unit.role === "lead" ? "font-semibold" : ""}`}
                  {...register(p("name"), { onChange: () => setValue(p("resolved"), undefined) })}
                />
                <button
                  type="button"
                  onClick={() => remove(k)}
                  aria-label={t("removeUnit", { name: unit.name })}
                  className="px-1 text-slate-500 hover:text-red-600"
                >
                  ×
                </button>
              </div>
              {unit.originText && unit.originText !== unit.name && (
                <p className="text-xs text-slate-500">{t("from", { origin: unit.originText })}</p>
              )}
              {unknown && (
                <UnitMapper
                  name={unit.name}
                  departments={departments}
                  onMapped={(dept) => {
                    setValue(p("originText"), unit.originText || unit.name);
                    setValue(p("name"), dept, { shouldDirty: true });
                    setValue(p("resolved"), true);
                  }}
                />
              )}
              {error && <p className="text-red-600">{error}</p>}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => append({ name: "", role: fields.length ? "support" : "lead", originText: "" })}
        className="mt-1 text-brand underline"
      >
        {t("addUnit")}
      </button>
    </div>
  );
}

/** Maps a name the directory does not know to a department (remembered as its alias). Not a <form>: it sits inside the draft's. */
function UnitMapper({
  name,
  departments,
  onMapped,
}: {
  name: string;
  departments: DepartmentOption[];
  onMapped: (department: string) => void;
}) {
  const t = useTranslations("plans.preview");
  const { register, watch, submit, submitting, alert, formState } = useActionForm({
    schema: confirmUnitAliasSchema,
    defaultValues: { alias: name, departmentId: "" },
    action: confirmUnitAliasAction,
    refresh: false,
    onSuccess: (mapped) => onMapped(mapped.departmentName),
  });
  const error = alert?.text || errorText(formState.errors.departmentId ?? formState.errors.alias);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
      <span className="font-medium text-red-700">{t("unknownUnit")}</span>
      <select
        aria-label={t("mapTo", { name })}
        className="rounded border border-slate-300 px-1 py-0.5"
        disabled={submitting}
        {...register("departmentId")}
      >
        <option value="" />
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={submit}
        disabled={submitting || !watch("departmentId")}
        className="rounded bg-brand px-2 py-0.5 text-white disabled:opacity-50"
      >
        {t("confirmMap")}
      </button>
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
