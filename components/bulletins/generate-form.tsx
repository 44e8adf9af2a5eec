"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { generateBulletinAction } from "@/lib/actions/bulletins";
import { bulletinPath } from "@/lib/bulletins/content";
import { generateBulletinSchema } from "@/lib/validations/bulletins";

export interface PeriodChoice {
  value: string;
  label: string;
}

/** The secretariat's "generate a draft" form: a month or a quarter, grouped. */
export function GenerateBulletinForm({ months, quarters }: { months: PeriodChoice[]; quarters: PeriodChoice[] }) {
  const t = useTranslations("bulletins.generate");
  const router = useRouter();
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: generateBulletinSchema,
    defaultValues: { period: months[1]?.value ?? months[0]?.value ?? "" },
    action: (values: z.output<typeof generateBulletinSchema>) => generateBulletinAction(values),
    refresh: false,
    onSuccess: (saved) => {
      router.push(bulletinPath(saved.id));
    },
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded bg-white p-3 shadow-sm" aria-label={t("title")}>
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <FormAlert message={alert} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="bulletin-period"
          label={t("period")}
          className="min-w-48"
          error={formState.errors.period}
          registration={register("period")}
          disabled={submitting}
        >
          <optgroup label={t("monthly")}>
            {months.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("quarterly")}>
            {quarters.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
