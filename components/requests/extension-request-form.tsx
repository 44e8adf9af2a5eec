"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, DateField, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestExtensionAction } from "@/lib/actions/requests";
import { extensionRequestSchema } from "@/lib/validations/requests";

/** 申请延期: a later date and a reason, with the item's version as the page loaded it. */
export function ExtensionRequestForm({ item }: { item: { id: number; version: number; dueOn: string | null } }) {
  const t = useTranslations("requests.extensionForm");
  const [done, setDone] = useState(false);
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: extensionRequestSchema,
    defaultValues: { workItemId: item.id, version: item.version, requestedDueOn: "", reason: "" },
    action: requestExtensionAction,
    onSuccess: () => setDone(true),
  });
  const { errors } = formState;

  if (done) return <Alert tone="success">{t("done")}</Alert>;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <h3 className="font-semibold">{t("title")}</h3>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <DateField
          id="extension-date"
          label={t("requestedDueOn")}
          min={item.dueOn ?? undefined}
          error={errors.requestedDueOn}
          registration={register("requestedDueOn")}
        />
        <TextAreaField
          id="extension-reason"
          label={t("reason")}
          rows={3}
          placeholder={t("reasonHint")}
          error={errors.reason}
          registration={register("reason")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
