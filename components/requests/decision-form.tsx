"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { decideCompletionAction, decideExtensionAction } from "@/lib/actions/requests";
import { decisionSchema } from "@/lib/validations/requests";
import { applyActionErrors } from "@/components/ui/action-errors";
import { ALERT_CLASS, DONE_CLASS, FIELD_CLASS } from "./form-result";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof decisionSchema>;

/** Approve or refuse one request; the reason is required to refuse. Carries the request's version. */
export function DecisionForm({
  kind,
  requestId,
  version,
}: {
  kind: "extension" | "completion";
  requestId: number;
  version: number;
}) {
  const t = useTranslations("requests.decide");
  const router = useRouter();
  const noteId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof decisionSchema>>({
    resolver: useLocalizedResolver(decisionSchema),
    defaultValues: { requestId, version, decision: "approve", note: "" },
  });

  async function onSubmit(values: z.output<typeof decisionSchema>) {
    setMessage(null);
    const action = kind === "extension" ? decideExtensionAction : decideCompletionAction;
    const result = await action(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    const key =
      values.decision === "refuse" ? "refused" : kind === "extension" ? "approvedExtension" : "approvedCompletion";
    setDone(t(key));
    // The decided card leaves the pending list; the page shows the outcome from the URL.
    router.replace(`/requests?done=${key}`);
  }

  function submit(decision: "approve" | "refuse") {
    setValue("decision", decision);
    void handleSubmit(onSubmit)();
  }

  if (done)
    return (
      <p role="status" className={DONE_CLASS}>
        {done}
      </p>
    );
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-2">
      {message && (
        <p role="alert" className={ALERT_CLASS}>
          {message}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-2">
        <label htmlFor={noteId} className="block text-sm font-medium">
          {t("note")}
        </label>
        <textarea
          id={noteId}
          rows={2}
          className={FIELD_CLASS}
          aria-invalid={Boolean(errors.note)}
          {...register("note")}
        />
        {errors.note && <p className="text-sm text-red-600">{errors.note.message}</p>}
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => submit("approve")}
            className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {isSubmitting ? t("submitting") : t("approve")}
          </button>
          <button
            type="button"
            onClick={() => submit("refuse")}
            className="rounded border border-red-300 px-4 py-2 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {t("refuse")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
