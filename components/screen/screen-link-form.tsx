"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createScreenLinkAction } from "@/lib/actions/screens";
import { createScreenLinkSchema, SCREEN_LABEL_MAX } from "@/lib/validations/screens";
import { CopyableAddress } from "./copyable-address";

/** Makes a screen link for one plan or all; the full address is shown once, here, with a copy button. */
export function ScreenLinkForm({ plans }: { plans: { id: number; title: string }[] }) {
  const t = useTranslations("screens.form");
  const [address, setAddress] = useState<string | null>(null);
  const { register, submit, submitting, alert, formState, reset } = useActionForm({
    schema: createScreenLinkSchema,
    defaultValues: { label: "", planId: "" },
    action: (values: z.output<typeof createScreenLinkSchema>) => createScreenLinkAction(values),
    onSuccess: (made) => {
      setAddress(`${window.location.origin}/screen/${made.token}`);
      reset({ label: "", planId: "" });
      return t("created");
    },
  });
  const { errors } = formState;
  return (
    <form onSubmit={submit} noValidate aria-label={t("title")} className="space-y-3 rounded bg-white p-3 shadow-sm">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <FormAlert message={alert} />
      {address && <CopyableAddress address={address} />}
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="screen-label"
          label={t("label")}
          hint={t("labelHint")}
          required
          maxLength={SCREEN_LABEL_MAX}
          error={errors.label}
          registration={register("label")}
        />
        <SelectField id="screen-plan" label={t("plan")} error={errors.planId} registration={register("planId")}>
          <option value="">{t("allPlans")}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {t("submit")}
      </button>
    </form>
  );
}
