"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestExtensionAction } from "@/lib/actions/requests";
import { extensionRequestSchema } from "@/lib/validations/requests";
import { applyActionErrors } from "@/components/ui/action-errors";
import { ALERT_CLASS, DONE_CLASS, FIELD_CLASS } from "./form-result";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof extensionRequestSchema>;

/** 申请延期: a later date and a reason, with the item's version as the page loaded it. */
export function ExtensionRequestForm({ item }: { item: { id: number; version: number; dueOn: string | null } }) {
  const t = useTranslations("requests.extensionForm");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof extensionRequestSchema>>({
    resolver: useLocalizedResolver(extensionRequestSchema),
    defaultValues: { workItemId: item.id, version: item.version, requestedDueOn: "", reason: "" },
  });

  async function onSubmit(values: z.output<typeof extensionRequestSchema>) {
    setMessage(null);
    const result = await requestExtensionAction(values);
    // Success only when the server saved: a refusal with field errors returns "" here.
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    setDone(true);
    router.refresh();
  }

  if (done)
    return (
      <p role="status" className={DONE_CLASS}>
        {t("done")}
      </p>
    );
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      <h3 className="font-semibold">{t("title")}</h3>
      {message && (
        <p role="alert" className={ALERT_CLASS}>
          {message}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-3">
        <div>
          <label htmlFor="extension-date" className="block text-sm font-medium">
            {t("requestedDueOn")}
          </label>
          <input
            id="extension-date"
            type="date"
            min={item.dueOn ?? undefined}
            className={FIELD_CLASS}
            aria-invalid={Boolean(errors.requestedDueOn)}
            {...register("requestedDueOn")}
          />
          {errors.requestedDueOn && <p className="mt-1 text-sm text-red-600">{errors.requestedDueOn.message}</p>}
        </div>
        <div>
          <label htmlFor="extension-reason" className="block text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id="extension-reason"
            rows={3}
            placeholder={t("reasonHint")}
            className={FIELD_CLASS}
            aria-invalid={Boolean(errors.reason)}
            {...register("reason")}
          />
          {errors.reason && <p className="mt-1 text-sm text-red-600">{errors.reason.message}</p>}
        </div>
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
