"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { FormAlert } from "@/components/ui/alert";
import {
  BUTTON_CLASS,
  DateField,
  FieldMessage,
  INPUT_CLASS,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addSubItemAction } from "@/lib/actions/lifecycle";
import { COMPARATORS, subItemSchema } from "@/lib/validations/lifecycle";

/** 分解: adds one sub-item under the item (posts the parent's version). */
export function SubItemForm({
  parent,
  units,
}: {
  parent: { id: number; version: number; dueOn: string | null };
  units: { id: number; name: string }[];
}) {
  const t = useTranslations("lifecycle.decompose");
  const { register, control, reset, submit, submitting, alert, formState } = useActionForm({
    schema: subItemSchema,
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
    action: addSubItemAction,
    onSuccess: (added, values) => {
      reset({ ...values, parentVersion: added.parentVersion, title: "", text: "", indicators: [] } as typeof values);
    },
  });
  const indicators = useFieldArray({ control, name: "indicators" });
  const { errors } = formState;
  const field = INPUT_CLASS;

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-200 p-3" aria-label={t("add")}>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <TextField id="sub-title" label={t("titleLabel")} error={errors.title} registration={register("title")} />
        <TextAreaField id="sub-text" label={t("text")} rows={2} error={errors.text} registration={register("text")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <DateField id="sub-due" label={t("dueOn")} error={errors.dueOn} registration={register("dueOn")} />
          <SelectField
            id="sub-lead"
            label={t("lead")}
            error={errors.leadDepartmentId}
            registration={register("leadDepartmentId")}
          >
            <option value="">{t("chooseLead")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField
          id="sub-support"
          label={t("support")}
          multiple
          size={4}
          registration={register("supportDepartmentIds")}
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
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
              <FieldMessage error={errors.indicators?.[i]?.name ?? errors.indicators?.[i]?.targetValue} />
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
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
