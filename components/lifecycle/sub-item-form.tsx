"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { addSubItemAction } from "@/lib/actions/lifecycle";
import { COMPARATORS, subItemSchema } from "@/lib/validations/lifecycle";
import { applyActionErrors } from "@/components/ui/action-errors";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof subItemSchema>;

/** 分解: adds one sub-item under the item (posts the parent's version). */
export function SubItemForm({
  parent,
  units,
}: {
  parent: { id: number; version: number; dueOn: string | null };
  units: { id: number; name: string }[];
}) {
  const t = useTranslations("lifecycle.decompose");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof subItemSchema>>({
    resolver: useLocalizedResolver(subItemSchema),
    defaultValues: {
      parentId: parent.id,
      parentVersion: parent.version,
      title: "",
      text: "",
      dueOn: parent.dueOn ?? "",
      leadDepartmentId: "",
      supportDepartmentIds: [],
      indicators: [],
    },
  });
  const indicators = useFieldArray({ control, name: "indicators" });

  async function onSubmit(values: z.output<typeof subItemSchema>) {
    setMessage(null);
    const result = await addSubItemAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage(error);
    reset({ ...values, parentVersion: result.data.parentVersion, title: "", text: "", indicators: [] } as Values);
    router.refresh();
  }

  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  const err = (m?: string) => m && <p className="mt-1 text-sm text-red-600">{m}</p>;
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3 rounded border border-slate-200 p-3"
      aria-label={t("add")}
    >
      {message && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-3">
        <div>
          <label htmlFor="sub-title" className="block text-sm font-medium">
            {t("titleLabel")}
          </label>
          <input id="sub-title" className={field} aria-invalid={Boolean(errors.title)} {...register("title")} />
          {err(errors.title?.message)}
        </div>
        <div>
          <label htmlFor="sub-text" className="block text-sm font-medium">
            {t("text")}
          </label>
          <textarea id="sub-text" rows={2} className={field} {...register("text")} />
          {err(errors.text?.message)}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="sub-due" className="block text-sm font-medium">
              {t("dueOn")}
            </label>
            <input id="sub-due" type="date" className={field} {...register("dueOn")} />
            {err(errors.dueOn?.message)}
          </div>
          <div>
            <label htmlFor="sub-lead" className="block text-sm font-medium">
              {t("lead")}
            </label>
            <select
              id="sub-lead"
              className={field}
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
            {err(errors.leadDepartmentId?.message)}
          </div>
        </div>
        <div>
          <label htmlFor="sub-support" className="block text-sm font-medium">
            {t("support")}
          </label>
          <select id="sub-support" multiple size={4} className={field} {...register("supportDepartmentIds")}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {indicators.fields.map((f, i) => (
          <div key={f.id} className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            <input
              aria-label={t("indicatorName")}
              placeholder={t("indicatorName")}
              className={`${field} col-span-2`}
              {...register(`indicators.${i}.name`)}
            />
            <select aria-label={t("comparator")} className={field} {...register(`indicators.${i}.comparator`)}>
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <input
              aria-label={t("target")}
              placeholder={t("target")}
              inputMode="decimal"
              className={field}
              {...register(`indicators.${i}.targetValue`)}
            />
            <input
              aria-label={t("unit")}
              placeholder={t("unit")}
              className={field}
              {...register(`indicators.${i}.unit`)}
            />
            <div className="col-span-2 sm:col-span-5">
              {err(errors.indicators?.[i]?.name?.message ?? errors.indicators?.[i]?.targetValue?.message)}
              <button
                type="button"
                onClick={() => indicators.remove(i)}
                className="text-sm text-red-700 hover:underline"
              >
                {t("removeIndicator")}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => indicators.append({ name: "", comparator: ">=", targetValue: "", unit: "" })}
          className="text-sm text-brand hover:underline"
        >
          {t("addIndicator")}
        </button>
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
