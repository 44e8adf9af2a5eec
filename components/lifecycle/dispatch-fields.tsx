"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { DateField, SelectField, TextField } from "@/components/ui/field";
import { REPORTING_CYCLES, type dispatchSchema } from "@/lib/validations/lifecycle";
import { PastDueConfirm } from "./past-due-confirm";

type Form = UseFormReturn<z.input<typeof dispatchSchema>, unknown, z.output<typeof dispatchSchema>>;

/** 交办's own fields, shared by the one-item and the batch form: due date (past dates confirmed), cycle, report day. */
export function DispatchFields({ idPrefix, form }: { idPrefix: string; form: Form }) {
  const t = useTranslations("lifecycle.dispatch");
  const { register, control } = form;
  const errors: FieldErrors<z.input<typeof dispatchSchema>> = form.formState.errors;
  return (
    <>
      <div>
        <DateField
          id={`${idPrefix}-dueOn`}
          label={t("dueOn")}
          required
          error={errors.dueOn}
          aria-invalid={Boolean(errors.dueOn || errors.confirmPastDue)}
          registration={register("dueOn")}
        />
        <PastDueConfirm
          id={`${idPrefix}-confirmPast`}
          error={errors.confirmPastDue?.message}
          control={control}
          registration={register("confirmPastDue")}
        />
      </div>
      <SelectField id={`${idPrefix}-cycle`} label={t("cycle")} registration={register("reportingCycle")}>
        {REPORTING_CYCLES.map((c) => (
          <option key={c} value={c}>
            {t(`cycles.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-day`}
        label={t("dueDay")}
        type="number"
        min={1}
        max={31}
        error={errors.reportDueDay}
        registration={register("reportDueDay")}
      />
    </>
  );
}
