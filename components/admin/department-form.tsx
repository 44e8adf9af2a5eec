"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldError } from "react-hook-form";
import { z } from "zod";
import { createDepartmentAction, updateDepartmentAction } from "@/lib/actions/admin";
import { createDepartmentSchema, DEPARTMENT_KINDS } from "@/lib/validations/admin";
import { applyActionErrors } from "@/components/ui/action-errors";
import { BUTTON_CLASS, Field, FormAlert, INPUT_CLASS } from "./form-bits";
import type { DepartmentOption } from "./user-form";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

// The edit form also carries "in use"; the server schemas check each action's fields again.
const formSchema = createDepartmentSchema.extend({ isActive: z.boolean().optional() });
type Values = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

export interface EditableDepartment {
  id: number;
  version: number;
  name: string;
  fullName: string | null;
  shortName: string | null;
  kind: (typeof DEPARTMENT_KINDS)[number];
  parentId: number | null;
  isActive: boolean;
}

export function DepartmentForm({
  parents,
  department,
}: {
  parents: DepartmentOption[];
  department?: EditableDepartment;
}) {
  const t = useTranslations("admin.departments");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Output>({
    resolver: useLocalizedResolver(formSchema),
    defaultValues: {
      name: department?.name ?? "",
      fullName: department?.fullName ?? "",
      shortName: department?.shortName ?? "",
      kind: department?.kind ?? "municipal",
      parentId: department?.parentId == null ? "" : String(department.parentId),
      isActive: department?.isActive ?? true,
    },
  });

  const [version, setVersion] = useState(department?.version ?? 0);
  if (department && department.version > version) setVersion(department.version);

  async function onSubmit(values: Output) {
    setMessage(null);
    setSaved(null);
    const result = department
      ? await updateDepartmentAction({ ...values, id: department.id, version })
      : await createDepartmentAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage(error);
    const next = (result.data as { version?: number }).version;
    if (next) setVersion(next);
    if (!department) reset();
    setSaved(t("saved"));
    router.refresh();
  }

  const prefix = department ? "edit-dept" : "new-dept";
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3"
      aria-label={department ? t("editTitle", { name: department.name }) : t("create.title")}
    >
      <FormAlert message={message} />
      <FormAlert message={saved} tone="success" />
      <fieldset disabled={isSubmitting} className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={t("fields.name")} error={errors.name}>
          <input
            id={`${prefix}-name`}
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.name)}
            {...register("name")}
          />
        </Field>
        <Field id={`${prefix}-fullName`} label={t("fields.fullName")} error={errors.fullName}>
          <input id={`${prefix}-fullName`} className={INPUT_CLASS} {...register("fullName")} />
        </Field>
        <Field id={`${prefix}-shortName`} label={t("fields.shortName")} error={errors.shortName}>
          <input id={`${prefix}-shortName`} className={INPUT_CLASS} {...register("shortName")} />
        </Field>
        <Field id={`${prefix}-kind`} label={t("fields.kind")} error={errors.kind}>
          <select id={`${prefix}-kind`} className={INPUT_CLASS} {...register("kind")}>
            {DEPARTMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-parent`} label={t("fields.parent")} error={errors.parentId as FieldError | undefined}>
          <select id={`${prefix}-parent`} className={INPUT_CLASS} {...register("parentId")}>
            <option value="">{t("fields.noParent")}</option>
            {parents
              .filter((p) => p.id !== department?.id)
              .map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.name}
                </option>
              ))}
          </select>
        </Field>
        {department && (
          <label className="flex items-center gap-2 self-end py-2 text-sm">
            <input type="checkbox" {...register("isActive")} />
            {t("fields.isActive")}
          </label>
        )}
      </fieldset>
      <button type="submit" disabled={isSubmitting} className={BUTTON_CLASS}>
        {department
          ? isSubmitting
            ? t("saving")
            : t("save")
          : isSubmitting
            ? t("create.submitting")
            : t("create.submit")}
      </button>
    </form>
  );
}
