"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldError } from "react-hook-form";
import { z } from "zod";
import { USER_ROLES } from "@/db/schema/users";
import { createUserAction, updateUserAction } from "@/lib/actions/admin";
import { createUserSchema } from "@/lib/validations/admin";
import { applyActionErrors } from "@/components/ui/action-errors";
import { BUTTON_CLASS, Field, FormAlert, INPUT_CLASS } from "./form-bits";
import { TemporaryPassword } from "./temporary-password";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

export interface DepartmentOption {
  id: number;
  name: string;
}

export interface EditableUser {
  id: number;
  version: number;
  username: string;
  displayName: string;
  role: (typeof USER_ROLES)[number];
  departmentId: number | null;
  email: string | null;
  phone: string | null;
}

// The client form validates all fields; on edit the username is shown, not sent.
type Values = z.input<typeof createUserSchema>;
type Output = z.output<typeof createUserSchema>;

/** Create (username + one-time password shown afterwards) or edit (name, role, department, contacts). */
export function UserForm({ departments, user }: { departments: DepartmentOption[]; user?: EditableUser }) {
  const t = useTranslations("admin.users");
  const tRoles = useTranslations("common.roles");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [created, setCreated] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Output>({
    resolver: useLocalizedResolver(createUserSchema),
    defaultValues: {
      username: user?.username ?? "",
      displayName: user?.displayName ?? "",
      role: user?.role ?? "liaison",
      departmentId: user?.departmentId == null ? "" : String(user.departmentId),
      email: user?.email ?? "",
      phone: user?.phone ?? "",
    },
  });
  const [version, setVersion] = useState(user?.version ?? 0);
  // Deactivation or a reset on the same page bumps the version the page was loaded with.
  if (user && user.version > version) setVersion(user.version);

  async function onSubmit(values: Output) {
    setMessage(null);
    setSaved(null);
    if (user) {
      const { username: _username, ...rest } = values;
      void _username;
      const result = await updateUserAction({ ...rest, id: user.id, version });
      const error = applyActionErrors(result, setError);
      if (error || !result.ok) return setMessage(error);
      setVersion(result.data.version);
      setSaved(t("saved"));
    } else {
      const result = await createUserAction(values);
      const error = applyActionErrors(result, setError);
      if (error || !result.ok) return setMessage(error);
      setCreated({ username: result.data.username, temporaryPassword: result.data.temporaryPassword });
      reset();
    }
    router.refresh();
  }

  const prefix = user ? "edit-user" : "new-user";
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3"
      aria-label={user ? t("editTitle", { name: user.displayName }) : t("create.title")}
    >
      <FormAlert message={message} />
      <FormAlert message={saved} tone="success" />
      {created && (
        <TemporaryPassword intro={t("created", { username: created.username })} password={created.temporaryPassword} />
      )}
      <fieldset disabled={isSubmitting} className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-username`} label={t("fields.username")} error={errors.username}>
          <input
            id={`${prefix}-username`}
            autoComplete="off"
            readOnly={Boolean(user)}
            className={`${INPUT_CLASS} read-only:bg-slate-100`}
            aria-invalid={Boolean(errors.username)}
            {...register("username")}
          />
        </Field>
        <Field id={`${prefix}-displayName`} label={t("fields.displayName")} error={errors.displayName}>
          <input
            id={`${prefix}-displayName`}
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.displayName)}
            {...register("displayName")}
          />
        </Field>
        <Field id={`${prefix}-role`} label={t("fields.role")} error={errors.role}>
          <select id={`${prefix}-role`} className={INPUT_CLASS} {...register("role")}>
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${prefix}-department`}
          label={t("fields.department")}
          error={errors.departmentId as FieldError | undefined}
        >
          <select
            id={`${prefix}-department`}
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.departmentId)}
            {...register("departmentId")}
          >
            <option value="">{t("fields.noDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-email`} label={t("fields.email")} error={errors.email}>
          <input
            id={`${prefix}-email`}
            type="email"
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.email)}
            {...register("email")}
          />
        </Field>
        <Field id={`${prefix}-phone`} label={t("fields.phone")} error={errors.phone}>
          <input
            id={`${prefix}-phone`}
            type="tel"
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.phone)}
            {...register("phone")}
          />
        </Field>
      </fieldset>
      <button type="submit" disabled={isSubmitting} className={BUTTON_CLASS}>
        {user ? (isSubmitting ? t("saving") : t("save")) : isSubmitting ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}
