"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addDepartmentAliasAction, removeDepartmentAliasAction } from "@/lib/actions/admin";
import { addAliasSchema } from "@/lib/validations/admin";

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
  const [pending, startTransition] = useTransition();
  const { register, reset, submit, submitting, alert, setAlert, formState } = useActionForm({
    schema: addAliasSchema,
    defaultValues: { departmentId, alias: "" },
    action: addDepartmentAliasAction,
    onSuccess: () => {
      reset({ departmentId, alias: "" });
    },
  });

  function remove(aliasId: number) {
    startTransition(async () => {
      setAlert(null);
      const result = await removeDepartmentAliasAction({ aliasId });
      if (!result.ok) return setAlert({ tone: "error", text: result.error });
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert message={alert} />
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
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2" aria-label={t("add")}>
        <fieldset disabled={submitting} className="min-w-0 flex-1">
          <TextField id="alias" label={t("label")} error={formState.errors.alias} registration={register("alias")} />
        </fieldset>
        <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
          {t("add")}
        </button>
      </form>
      <p className="text-xs text-slate-500">{t("hint")}</p>
    </div>
  );
}
