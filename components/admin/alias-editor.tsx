"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addDepartmentAliasAction, removeDepartmentAliasAction } from "@/lib/actions/admin";
import { addAliasSchema } from "@/lib/validations/admin";
import { applyActionErrors } from "@/components/ui/action-errors";
import { BUTTON_CLASS, Field, FormAlert, INPUT_CLASS } from "./form-bits";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

/** A department's other spellings: remove one, or add one (checked against every name and alias). */
export function AliasEditor({
  departmentId,
  aliases,
}: {
  departmentId: number;
  aliases: { id: number; alias: string }[];
}) {
  const t = useTranslations("admin.departments.aliases");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof addAliasSchema>, unknown, z.output<typeof addAliasSchema>>({
    resolver: useLocalizedResolver(addAliasSchema),
    defaultValues: { departmentId, alias: "" },
  });

  async function onSubmit(values: z.output<typeof addAliasSchema>) {
    setMessage(null);
    const result = await addDepartmentAliasAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error);
    reset({ departmentId, alias: "" });
    router.refresh();
  }

  function remove(aliasId: number) {
    startTransition(async () => {
      setMessage(null);
      const result = await removeDepartmentAliasAction({ aliasId });
      if (!result.ok) return setMessage(result.error);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert message={message} />
      {aliases.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {aliases.map((a) => (
            <li
              key={a.id}
              className="flex items-center gap-1 rounded border border-slate-200 bg-slate-50 py-0.5 pl-2 text-sm"
            >
              {a.alias}
              <button
                type="button"
                disabled={pending}
                onClick={() => remove(a.id)}
                className="px-2 text-red-700"
                aria-label={t("removeLabel", { alias: a.alias })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        className="flex flex-wrap items-end gap-2"
        aria-label={t("add")}
      >
        <fieldset disabled={isSubmitting} className="min-w-0 flex-1">
          <Field id="alias" label={t("label")} error={errors.alias}>
            <input id="alias" className={INPUT_CLASS} aria-invalid={Boolean(errors.alias)} {...register("alias")} />
          </Field>
        </fieldset>
        <button type="submit" disabled={isSubmitting} className={BUTTON_CLASS}>
          {t("add")}
        </button>
      </form>
      <p className="text-xs text-slate-500">{t("hint")}</p>
    </div>
  );
}
