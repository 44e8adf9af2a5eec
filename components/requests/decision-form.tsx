"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert, FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { decideCompletionAction, decideExtensionAction } from "@/lib/actions/requests";
import { decisionSchema } from "@/lib/validations/requests";

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
  const [done, setDone] = useState<string | null>(null);
  const { register, setValue, submit, submitting, alert, formState } = useActionForm({
    schema: decisionSchema,
    defaultValues: { requestId, version, decision: "approve", note: "" },
    action: kind === "extension" ? decideExtensionAction : decideCompletionAction,
    // The decided card leaves the pending list; the page shows the outcome from the URL.
    refresh: false,
    onSuccess: (_, values) => {
      const key =
        values.decision === "refuse" ? "refused" : kind === "extension" ? "approvedExtension" : "approvedCompletion";
      setDone(t(key));
      router.replace(`/requests?done=${key}`);
    },
  });

  function decide(decision: "approve" | "refuse") {
    setValue("decision", decision);
    void submit();
  }

  if (done) return <Alert tone="success">{done}</Alert>;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-2">
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-2">
        <TextAreaField
          id={noteId}
          label={t("note")}
          rows={2}
          error={formState.errors.note}
          registration={register("note")}
        />
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => decide("approve")} className={BUTTON_CLASS.primary}>
            {submitting ? t("submitting") : t("approve")}
          </button>
          <button type="button" onClick={() => decide("refuse")} className={BUTTON_CLASS.danger}>
            {t("refuse")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
