"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { assignUnitsAction } from "@/lib/actions/lifecycle";
import { assignUnitsSchema } from "@/lib/validations/lifecycle";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

const FIELD = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

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
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [filter, setFilter] = useState("");
  // Open from the start while the item has no units; afterwards a click away, as a correction.
  const [open, setOpen] = useState(current.length === 0);
  const lead = current.find((a) => a.role === "lead")?.departmentId;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof assignUnitsSchema>, unknown, z.output<typeof assignUnitsSchema>>({
    resolver: useLocalizedResolver(assignUnitsSchema),
    defaultValues: {
      workItemId: item.id,
      version: item.version,
      leadDepartmentId: lead ? String(lead) : "",
      supportDepartmentIds: current.filter((a) => a.role === "support").map((a) => String(a.departmentId)),
    },
  });
  const chosenLead = Number(useWatch({ control, name: "leadDepartmentId" }));
  const shown = units.filter((u) => !filter.trim() || u.name.includes(filter.trim()));

  async function onSubmit(values: z.output<typeof assignUnitsSchema>) {
    setMessage(null);
    const result = await assignUnitsAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error ? { kind: "error", text: error } : null);
    reset({ ...values, version: result.data.version } as z.input<typeof assignUnitsSchema>);
    setMessage({ kind: "ok", text: t("done", { units: result.data.unitsText }) });
    router.refresh();
  }

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
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-3 space-y-3" aria-label={t("title")}>
        {message && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={
              message.kind === "error"
                ? "rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700"
                : "rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
            }
          >
            {message.text}
          </p>
        )}
        <fieldset disabled={isSubmitting} className="space-y-3">
          <div>
            <label htmlFor="assign-lead" className="block text-sm font-medium">
              {t("lead")}
            </label>
            <select
              id="assign-lead"
              className={FIELD}
              aria-invalid={Boolean(errors.leadDepartmentId)}
              {...register("leadDepartmentId")}
            >
              <option value="">{t("chooseLead")}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            {errors.leadDepartmentId?.message && (
              <p className="mt-1 text-sm text-red-600">{errors.leadDepartmentId.message}</p>
            )}
          </div>
          <fieldset>
            <legend className="text-sm font-medium">{t("support")}</legend>
            <input
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t("filter")}
              aria-label={t("filter")}
              className={FIELD}
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
        <button
          type="submit"
          disabled={isSubmitting}
          className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </details>
  );
}
