"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, INPUT_CLASS, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignUnitsAction } from "@/lib/actions/lifecycle";
import { assignUnitsSchema } from "@/lib/validations/lifecycle";

interface Props {
  item: { id: number; version: number };
  /** The item's units now, lead first (empty for goal and measure items). */
  current: { departmentId: number; role: "lead" | "support" }[];
  units: { id: number; name: string }[];
}

/**
 * 指定责任单位 before dispatch: one lead unit and any number of supporting units, picked from the
 * active departments (a filter narrows a city's hundred-odd names; ticks work on a phone).
 */
export function AssignUnitsForm({ item, current, units }: Props) {
  const t = useTranslations("lifecycle.assignUnits");
  const [filter, setFilter] = useState("");
  // Open from the start while the item has no units; afterwards a click away, as a correction.
  const [open, setOpen] = useState(current.length === 0);
  const lead = current.find((a) => a.role === "lead")?.departmentId;
  const { register, reset, control, submit, submitting, alert, formState } = useActionForm({
    schema: assignUnitsSchema,
    defaultValues: {
      workItemId: item.id,
      version: item.version,
      leadDepartmentId: lead ? String(lead) : "",
      supportDepartmentIds: current.filter((a) => a.role === "support").map((a) => String(a.departmentId)),
    },
    action: assignUnitsAction,
    onSuccess: (assigned, values) => {
      reset({ ...values, version: assigned.version } as typeof values & { version: number });
      return t("done", { units: assigned.unitsText });
    },
  });
  const chosenLead = Number(useWatch({ control, name: "leadDepartmentId" }));
  const shown = units.filter((u) => !filter.trim() || u.name.includes(filter.trim()));

  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="assign-units"
      className="rounded border border-slate-200 p-3"
    >
      <summary className="cursor-pointer font-medium text-brand">
        {current.length === 0 ? t("title") : t("change")}
      </summary>
      <form onSubmit={submit} noValidate className="mt-3 space-y-3" aria-label={t("title")}>
        <FormAlert message={alert} />
        <fieldset disabled={submitting} className="space-y-3">
          <SelectField
            id="assign-lead"
            label={t("lead")}
            error={formState.errors.leadDepartmentId}
            registration={register("leadDepartmentId")}
          >
            <option value="">{t("chooseLead")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
          <fieldset>
            <legend className="text-sm font-medium">{t("support")}</legend>
            <input
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t("filter")}
              aria-label={t("filter")}
              className={INPUT_CLASS}
            />
            <div className="mt-2 max-h-56 overflow-y-auto rounded border border-slate-200 p-2">
              {shown.length === 0 && <p className="py-1 text-sm text-slate-500">{t("noMatch")}</p>}
              {units.map((u) => (
                <label
                  key={u.id}
                  className={`flex items-center gap-2 py-1 text-sm ${shown.includes(u) ? "" : "hidden"}`}
                >
                  <input
                    type="checkbox"
                    value={u.id}
                    disabled={u.id === chosenLead}
                    {...register("supportDepartmentIds")}
                  />
                  {u.name}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
        <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
          {submitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </details>
  );
}
