"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/alert";
import { FieldMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { editDraftItemAction } from "@/lib/actions/plans";
import { editDraftItemSchema } from "@/lib/validations/plans";

/** Inline correction of a draft plan's item: title, due date, ongoing. */
export function EditDraftItem({
  item,
}: {
  item: { id: number; version: number; code: string; title: string; dueOn: string | null; ongoing: boolean };
}) {
  const t = useTranslations("plans");
  const [open, setOpen] = useState(false);
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: editDraftItemSchema,
    defaultValues: {
      id: item.id,
      expectedVersion: item.version,
      title: item.title,
      dueOn: item.dueOn ?? "",
      ongoing: item.ongoing,
    },
    action: editDraftItemAction,
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-sm text-brand underline">
        {t("detail.editItem")}
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="mt-1 space-y-2 rounded border border-slate-200 p-2 text-sm">
      <fieldset disabled={submitting} className="flex flex-wrap items-center gap-2">
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
      <FieldMessage error={formState.errors.title ?? formState.errors.dueOn} className="" />
      <FormAlert message={alert} />
    </form>
  );
}
