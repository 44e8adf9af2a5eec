"use client";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { savePlanDraftAction } from "@/lib/actions/plans";
import { routes } from "@/lib/routes";
import type { ImportPreview } from "@/lib/services/plan-import";
import { planDraftSchema } from "@/lib/validations/plans";
import { DraftItemEditor } from "./draft-item-editor";
import type { DepartmentOption } from "./draft-types";

const META_FIELDS = [
  { name: "title", type: "text", wide: true },
  { name: "docNumber", type: "text" },
  { name: "issuer", type: "text" },
  { name: "issuedOn", type: "date" },
  { name: "periodStart", type: "date" },
  { name: "periodEnd", type: "date" },
] as const;
const META_LABEL = {
  title: "planTitle",
  docNumber: "docNumber",
  issuer: "issuer",
  issuedOn: "issuedOn",
  periodStart: "periodStart",
  periodEnd: "periodEnd",
} as const;

/** The preview tree as an editable form; saving sends the corrected draft to the server. */
export function DraftEditor({ preview, departments }: { preview: ImportPreview; departments: DepartmentOption[] }) {
  const t = useTranslations("plans.preview");
  const router = useRouter();
  const existing = preview.existingPlan;
  const form = useActionForm({
    schema: planDraftSchema,
    defaultValues: preview.draft,
    action: savePlanDraftAction,
    toInput: (draft) => ({
      draft,
      sourceText: preview.sourceText,
      filename: preview.filename,
      replacePlanId: existing?.id ?? null,
      expectedVersion: existing?.version ?? null,
    }),
    // The server checks the draft under "draft."; its other fields are not the user's to correct.
    fieldOf: (key) => (key.startsWith("draft.") ? key.slice("draft.".length) : null),
    invalid: t("fixErrors"),
    refresh: false,
    onSuccess: (saved) => router.push(routes.plan(saved.planId)),
  });
  const { register, submit, submitting, alert, formState } = form;
  const blocked = existing !== null && existing.status !== "draft";
  const draft = preview.draft;
  const itemCount = draft.sections.reduce(
    (n, s) => n + s.items.length + s.items.reduce((m, i) => m + i.children.length, 0),
    0,
  );
  const indicatorCount = draft.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.indicators.length, 0), 0);

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <h2 className="text-lg font-semibold">{t("heading")}</h2>
        {existing && (
          <p role="note" className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            {t(blocked ? "existingPublished" : "existingDraft", { title: existing.title })}{" "}
            <Link href={routes.plan(existing.id)} className="underline">
              {t("openExisting")}
            </Link>
          </p>
        )}
        <section aria-labelledby="import-warnings" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <h3 id="import-warnings" className="font-medium text-amber-900">
            {t("warnings", { count: draft.warnings.length })}
          </h3>
          {draft.warnings.length === 0 ? (
            <p>{t("noWarnings")}</p>
          ) : (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-amber-900">
              {draft.warnings.map((w, i) => (
                <li key={i}>
                  {w.itemCode && <span className="font-medium">{w.itemCode} </span>}
                  {w.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <fieldset disabled={submitting} className="space-y-4">
          <section className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-3" aria-label={t("metadata")}>
            {META_FIELDS.map((f) => {
              const error = formState.errors[f.name]?.message;
              return (
                <label key={f.name} className={`text-sm ${"wide" in f ? "sm:col-span-3" : ""}`}>
                  <span className="block font-medium">{t(META_LABEL[f.name])}</span>
                  <input
                    type={f.type}
                    className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
                    aria-invalid={Boolean(error)}
                    {...register(f.name)}
                  />
                  {error && <span className="text-red-600">{error}</span>}
                </label>
              );
            })}
          </section>
          <p className="text-sm text-slate-600">
            {t("summary", { sections: draft.sections.length, items: itemCount, indicators: indicatorCount })}
          </p>
          <datalist id="department-names">
            {departments.map((d) => (
              <option key={d.id} value={d.name} />
            ))}
          </datalist>
          {draft.sections.map((section, s) => (
            <section key={s} className="space-y-2 rounded bg-white p-3 shadow-sm" aria-label={section.title}>
              <h3 className="font-semibold">
                {section.code}、{section.title}
              </h3>
              <ul className="space-y-3">
                {section.items.map((item, i) => (
                  <DraftItemEditor
                    key={i}
                    path={`sections.${s}.items.${i}`}
                    item={item}
                    fullCode={`${section.code}${item.code}`}
                    warnings={draft.warnings.filter((w) => w.itemCode === `${section.code}${item.code}`)}
                    departments={departments}
                  />
                ))}
              </ul>
            </section>
          ))}
        </fieldset>
        <FormAlert message={alert} />
        <button type="submit" disabled={submitting || blocked} className={`${BUTTON_CLASS.primary} text-sm`}>
          {submitting ? t("saving") : existing ? t("update") : t("save")}
        </button>
      </form>
    </FormProvider>
  );
}
