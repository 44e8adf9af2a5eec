"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createDepartmentAction, updateDepartmentAction } from "@/lib/actions/admin";
import { createDepartmentSchema, DEPARTMENT_KINDS } from "@/lib/validations/admin";
import type { DepartmentOption } from "./user-form";

// The edit form also carries "in use"; the server schemas check each action's fields again.
const formSchema = createDepartmentSchema.extend({ isActive: z.boolean().optional() });

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
  const [version, setVersion] = useState(department?.version ?? 0);
  if (department && department.version > version) setVersion(department.version);
  const { register, reset, submit, submitting, alert, formState } = useActionForm({
    schema: formSchema,
    defaultValues: {
      name: department?.name ?? "",
      fullName: department?.fullName ?? "",
      shortName: department?.shortName ?? "",
      kind: department?.kind ?? "municipal",
      parentId: department?.parentId == null ? "" : String(department.parentId),
      isActive: department?.isActive ?? true,
    },
    action: (values: z.output<typeof formSchema>) =>
      department ? updateDepartmentAction({ ...values, id: department.id, version }) : createDepartmentAction(values),
    onSuccess: (saved) => {
      const next = (saved as { version?: number }).version;
      if (next) setVersion(next);
      if (!department) reset();
      return t("saved");
    },
  });
  const { errors } = formState;

  const prefix = department ? "edit-dept" : "new-dept";
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={department ? t("editTitle", { name: department.name }) : t("create.title")}
    >
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} label={t("fields.name")} error={errors.name} registration={register("name")} />
        <TextField
          id={`${prefix}-fullName`}
          label={t("fields.fullName")}
          error={errors.fullName}
          registration={register("fullName")}
        />
        <TextField
          id={`${prefix}-shortName`}
          label={t("fields.shortName")}
          error={errors.shortName}
          registration={register("shortName")}
        />
        <SelectField id={`${prefix}-kind`} label={t("fields.kind")} error={errors.kind} registration={register("kind")}>
          {DEPARTMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-parent`}
          label={t("fields.parent")}
          error={errors.parentId}
          registration={register("parentId")}
        >
          <option value="">{t("fields.noParent")}</option>
          {parents
            .filter((p) => p.id !== department?.id)
            .map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
        </SelectField>
        {department && (
          <label className="flex items-center gap-2 self-end py-2 text-sm">
            <input type="checkbox" {...register("isActive")} />
            {t("fields.isActive")}
          </label>
        )}
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {department ? (submitting ? t("saving") : t("save")) : submitting ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}
