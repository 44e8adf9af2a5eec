"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import { editDraftItemAction } from "@/lib/actions/plans";
import { editDraftItemSchema } from "@/lib/validations/plans";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Input = z.input<typeof editDraftItemSchema>;
type Output = z.output<typeof editDraftItemSchema>;

/** Inline correction of a draft plan's item: title, due date, ongoing. */
export function EditDraftItem({
  item,
}: {
  item: { id: number; version: number; code: string; title: string; dueOn: string | null; ongoing: boolean };
}) {
  const t = useTranslations("plans");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Input, unknown, Output>({
    resolver: useLocalizedResolver(editDraftItemSchema),
    defaultValues: {
      id: item.id,
      expectedVersion: item.version,
      title: item.title,
      dueOn: item.dueOn ?? "",
      ongoing: item.ongoing,
    },
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-sm text-brand underline">
        {t("detail.editItem")}
      </button>
    );
  }
  async function onSubmit(values: Output) {
    setFormError(null);
    const result = await editDraftItemAction(values);
    if (result.ok) {
      setOpen(false);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(key as FieldPath<Input>, { message: messages[0] });
  }
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="mt-1 space-y-2 rounded border border-slate-200 p-2 text-sm"
    >
      <fieldset disabled={formState.isSubmitting} className="flex flex-wrap items-center gap-2">
        <input
          aria-label={t("preview.itemTitle", { code: item.code })}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
          {...register("title")}
        />
        <input
          type="date"
          aria-label={t("preview.dueOn", { code: item.code })}
          className="rounded border border-slate-300 px-2 py-1"
          {...register("dueOn")}
        />
        <label className="flex items-center gap-1">
          <input type="checkbox" {...register("ongoing")} />
          {t("ongoing")}
        </label>
        <button type="submit" className="rounded bg-brand px-2 py-1 text-white hover:bg-brand-dark">
          {t("detail.saveItem")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="px-2 py-1 text-slate-600">
          {t("detail.cancel")}
        </button>
      </fieldset>
      {(formState.errors.title || formState.errors.dueOn) && (
        <p className="text-red-600">{formState.errors.title?.message ?? formState.errors.dueOn?.message}</p>
      )}
      {formError && (
        <p role="alert" className="text-red-700">
          {formError}
        </p>
      )}
    </form>
  );
}
