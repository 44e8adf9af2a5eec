"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, FieldMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { applyRevisionAction, compareRevisionAction } from "@/lib/actions/plan-revisions";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import type { RevisionPreview } from "@/lib/services/plan-revision";
import { RevisionChange } from "./revision-change";
import { SourcePicker } from "./source-picker";

/** The accept boxes: one box gives a value or false, several an array. */
const decisionSchema = z.object({
  accepted: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []),
    z.array(z.string()).min(1, msg("revisions.validation.noneAccepted")),
  ),
});

/** The changes of a revision, each accepted or not, and the one button that applies the accepted ones. */
function RevisionDecision({ preview, text }: { preview: RevisionPreview; text: string }) {
  const t = useTranslations("revisions");
  const router = useRouter();
  const open = preview.changes.filter((c) => !c.blocked).map((c) => c.id);
  const { register, watch, setValue, submit, submitting, alert, formState } = useActionForm({
    schema: decisionSchema,
    defaultValues: { accepted: open },
    action: applyRevisionAction,
    toInput: ({ accepted }) => ({ planId: preview.planId, text, fingerprint: preview.fingerprint, accepted }),
    refresh: false,
    onSuccess: () => router.push(routes.plan(preview.planId)),
  });
  const chosen = watch("accepted");
  const count = Array.isArray(chosen) ? chosen.length : chosen ? 1 : 0;
  if (preview.changes.length === 0) return <p role="status">{t("none")}</p>;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h2 className="text-lg font-semibold">
        {t("summary", { revised: preview.revisedTitle, count: preview.changes.length })}
      </h2>
      <div className="flex gap-2">
        <button type="button" className={BUTTON_CLASS.secondary} onClick={() => setValue("accepted", open)}>
          {t("acceptAll")}
        </button>
        <button type="button" className={BUTTON_CLASS.secondary} onClick={() => setValue("accepted", [])}>
          {t("rejectAll")}
        </button>
      </div>
      <ol
        className="space-y-2"
        aria-label={t("summary", { revised: preview.revisedTitle, count: preview.changes.length })}
      >
        {preview.changes.map((view) => (
          <RevisionChange key={view.id} view={view} registration={register("accepted")} />
        ))}
      </ol>
      <FieldMessage error={formState.errors.accepted} />
      <FormAlert message={alert} />
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("applying") : t("apply", { count })}
      </button>
    </form>
  );
}

/** 导入修订版: upload or paste (the importer's own reader), compare with the published plan, decide. */
export function RevisionWizard({ planId }: { planId: number }) {
  const t = useTranslations("revisions");
  const [compared, setCompared] = useState<{ preview: RevisionPreview; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const compare = (text: string) => {
    setError(null);
    startTransition(async () => {
      const result = await compareRevisionAction({ planId, text });
      if (result.ok) setCompared({ preview: result.data, text });
      else setError(result.error);
    });
  };
  if (compared) {
    return (
      <div className="space-y-3">
        <button type="button" onClick={() => setCompared(null)} className="text-sm text-brand underline">
          {t("restart")}
        </button>
        <RevisionDecision preview={compared.preview} text={compared.text} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <SourcePicker onPreview={(preview) => compare(preview.sourceText)} />
      {pending && <p role="status">{t("comparing")}</p>}
      <FormAlert message={error} />
    </div>
  );
}
