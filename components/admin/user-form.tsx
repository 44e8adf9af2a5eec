"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { USER_ROLES } from "@/db/schema/users";
import { createUserAction, updateUserAction } from "@/lib/actions/admin";
import type { ActionResult } from "@/lib/actions/result";
import { createUserSchema } from "@/lib/validations/admin";
import { TemporaryPassword } from "./temporary-password";

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
type Output = z.output<typeof createUserSchema>;
type Saved = { version: number } | { username: string; temporaryPassword: string };

/** Create (username + one-time password shown afterwards) or edit (name, role, department, contacts). */
export function UserForm({ departments, user }: { departments: DepartmentOption[]; user?: EditableUser }) {
  const t = useTranslations("admin.users");
  const tRoles = useTranslations("common.roles");
  const [created, setCreated] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const [version, setVersion] = useState(user?.version ?? 0);
  // Deactivation or a reset on the same page bumps the version the page was loaded with.
  if (user && user.version > version) setVersion(user.version);
  const { register, reset, submit, submitting, alert, formState } = useActionForm({
    schema: createUserSchema,
    defaultValues: {
      username: user?.username ?? "",
      displayName: user?.displayName ?? "",
      role: user?.role ?? "liaison",
      departmentId: user?.departmentId == null ? "" : String(user.departmentId),
      email: user?.email ?? "",
      phone: user?.phone ?? "",
    },
    action: async ({ username, ...rest }: Output): Promise<ActionResult<Saved>> =>
      user ? updateUserAction({ ...rest, id: user.id, version }) : createUserAction({ username, ...rest }),
    onSuccess: (saved) => {
      if ("temporaryPassword" in saved) {
        setCreated({ username: saved.username, temporaryPassword: saved.temporaryPassword });
        reset();
        return;
      }
      setVersion(saved.version);
      return t("saved");
    },
  });
  const { errors } = formState;

  const prefix = user ? "edit-user" : "new-user";
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={user ? t("editTitle", { name: user.displayName }) : t("create.title")}
    >
      <FormAlert message={alert} />
      {created && (
        <TemporaryPassword intro={t("created", { username: created.username })} password={created.temporaryPassword} />
      )}
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${prefix}-username`}
          label={t("fields.username")}
          autoComplete="off"
          readOnly={Boolean(user)}
          inputClassName="read-only:bg-slate-100"
          error={errors.username}
          registration={register("username")}
        />
        <TextField
          id={`${prefix}-displayName`}
          label={t("fields.displayName")}
          error={errors.displayName}
          registration={register("displayName")}
        />
        <SelectField id={`${prefix}-role`} label={t("fields.role")} error={errors.role} registration={register("role")}>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-department`}
          label={t("fields.department")}
          error={errors.departmentId}
          registration={register("departmentId")}
        >
          <option value="">{t("fields.noDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${prefix}-email`}
          label={t("fields.email")}
          type="email"
          error={errors.email}
          registration={register("email")}
        />
        <TextField
          id={`${prefix}-phone`}
          label={t("fields.phone")}
          type="tel"
          error={errors.phone}
          registration={register("phone")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {user ? (submitting ? t("saving") : t("save")) : submitting ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}
