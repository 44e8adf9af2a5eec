"use client";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, DateField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveScoreRulesAction } from "@/lib/actions/scores";
import type { ScoreRules } from "@/lib/scores/rules";
import { scoreRulesFormSchema } from "@/lib/validations/scores";

const FIELDS = [
  "onTimeReports",
  "completedOnTime",
  "indicatorsOnTrack",
  "overdueItemDay",
  "overdueCap",
  "reminder",
  "urge",
  "supervise",
  "noticeCap",
] as const;

/** The secretariat's 量化考核 rule set: every weight and cap, from a date not before today. */
export function ScoreRulesForm({ rules, today }: { rules: ScoreRules; today: string }) {
  const t = useTranslations("scores.form");
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: scoreRulesFormSchema,
    defaultValues: {
      effectiveFrom: today,
      onTimeReports: rules.onTimeReports,
      completedOnTime: rules.completedOnTime,
      indicatorsOnTrack: rules.indicatorsOnTrack,
      overdueItemDay: rules.overdueItemDay,
      overdueCap: rules.overdueCap,
      reminder: rules.notice.reminder,
      urge: rules.notice.urge,
      supervise: rules.notice.supervise,
      noticeCap: rules.noticeCap,
      note: "",
    },
    action: (values: z.output<typeof scoreRulesFormSchema>) => saveScoreRulesAction(values),
    onSuccess: (saved) => t("saved", { since: saved.effectiveFrom }),
  });
  const { errors } = formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded bg-white p-3 shadow-sm" aria-label={t("title")}>
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-3">
        <DateField
          id="rules-effectiveFrom"
          label={t("effectiveFrom")}
          min={today}
          error={errors.effectiveFrom}
          registration={register("effectiveFrom")}
        />
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`rules-${field}`}
            label={t(`fields.${field}`)}
            type="number"
            inputMode="decimal"
            step="any"
            min={0}
            max={100}
            error={errors[field]}
            registration={register(field)}
          />
        ))}
        <TextField
          id="rules-note"
          label={t("note")}
          className="sm:col-span-3"
          error={errors.note}
          registration={register("note")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {t("submit")}
      </button>
    </form>
  );
}
