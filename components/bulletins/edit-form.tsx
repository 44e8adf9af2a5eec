"use client";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { editBulletinAction } from "@/lib/actions/bulletins";
import { editBulletinSchema } from "@/lib/validations/bulletins";

/** A draft's wording: title, overview and good practice, saved against the version it was read at. */
export function EditBulletinForm({
  bulletin,
}: {
  bulletin: { id: number; version: number; title: string; summary: string; goodPractice: string };
}) {
  const t = useTranslations("bulletins.edit");
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: editBulletinSchema,
    defaultValues: bulletin,
    action: (values: z.output<typeof editBulletinSchema>) =>
      editBulletinAction({ ...values, id: bulletin.id, version: bulletin.version }),
    onSuccess: () => t("saved"),
  });
  const { errors } = formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded bg-white p-3 shadow-sm" aria-label={t("title")}>
      <h2 className="font-semibold">{t("title")}</h2>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <TextField id="bulletin-title" label={t("fieldTitle")} error={errors.title} registration={register("title")} />
        <TextAreaField
          id="bulletin-summary"
          label={t("summary")}
          rows={4}
          error={errors.summary}
          registration={register("summary")}
        />
        <TextAreaField
          id="bulletin-goodPractice"
          label={t("goodPractice")}
          rows={4}
          error={errors.goodPractice}
          registration={register("goodPractice")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {t("submit")}
      </button>
    </form>
  );
}
