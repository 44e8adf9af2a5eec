"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, FieldMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { dispatchAction } from "@/lib/actions/lifecycle";
import { dispatchSchema, type REPORTING_CYCLES } from "@/lib/validations/lifecycle";
import { DispatchFields } from "./dispatch-fields";

/** 交办 one item: due date, reporting cycle and report day, with the version the page loaded. */
export function DispatchForm({
  item,
}: {
  item: { id: number; version: number; dueOn: string | null; reportingCycle: string; reportDueDay: number };
}) {
  const t = useTranslations("lifecycle.dispatch");
  const form = useActionForm({
    schema: dispatchSchema,
    defaultValues: {
      items: [{ id: item.id, version: item.version }],
      dueOn: item.dueOn ?? "",
      confirmPastDue: false,
      reportingCycle: item.reportingCycle as (typeof REPORTING_CYCLES)[number],
      reportDueDay: item.reportDueDay,
    },
    action: dispatchAction,
  });
  const { submit, submitting, alert, formState } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <FormAlert message={alert} />
      <FieldMessage error={formState.errors.items} className="" />
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-3">
        <DispatchFields idPrefix="dispatch" form={form} />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
