import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { USER_ROLES, type UserRole } from "@/db/schema/users";
import { requiresDepartment } from "@/lib/authz/permissions";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => (v ? v : null));

/** A select's "" means "no department". */
const optionalId = z
  .union([
    z.literal(""),
    z.null(),
    z.coerce
      .number({ message: msg("validation.choose") })
      .int()
      .positive(),
  ])
  .optional()
  .transform((v) => (typeof v === "number" ? v : null));

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

const userFields = {
  displayName: z
    .string()
    .trim()
    .min(1, msg("validation.admin.displayNameRequired"))
    .max(50, msg("validation.admin.displayNameTooLong", { max: 50 })),
  role: z.enum(USER_ROLES, { message: msg("validation.admin.roleRequired") }),
  departmentId: optionalId,
  email: optionalText(200, msg("validation.admin.emailTooLong")).pipe(
    z.email(msg("validation.admin.emailInvalid")).nullable(),
  ),
  phone: optionalText(30, msg("validation.admin.phoneTooLong")),
};

const liaisonNeedsDepartment = (v: { role: UserRole; departmentId: number | null }) =>
  !requiresDepartment(v.role) || v.departmentId != null;
const departmentMessage = { path: ["departmentId"], message: msg("validation.admin.liaisonNeedsDepartment") };

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(2, msg("validation.admin.usernameTooShort", { min: 2 }))
      .max(64, msg("validation.admin.usernameTooLong", { max: 64 }))
      .regex(/^[A-Za-z0-9._-]+$/, msg("validation.admin.usernameCharacters")),
    ...userFields,
  })
  .refine(liaisonNeedsDepartment, departmentMessage);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ id, version, ...userFields })
  .refine(liaisonNeedsDepartment, departmentMessage);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userRefSchema = z.object({ id, version });
export const setUserActiveSchema = z.object({ id, version, active: z.boolean() });
export const unlockUserSchema = z.object({ id });

export const DEPARTMENT_KINDS = ["municipal", "district", "agency", "other"] as const;

const departmentFields = {
  name: z
    .string()
    .trim()
    .min(1, msg("validation.admin.departmentNameRequired"))
    .max(100, msg("validation.admin.departmentNameTooLong", { max: 100 })),
  fullName: optionalText(200, msg("validation.admin.fullNameTooLong", { max: 200 })),
  shortName: optionalText(50, msg("validation.admin.shortNameTooLong", { max: 50 })),
  kind: z.enum(DEPARTMENT_KINDS, { message: msg("validation.admin.kindRequired") }),
  parentId: optionalId,
};

export const createDepartmentSchema = z.object(departmentFields);
export type CreateDepartmentInput = z.input<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z.object({ id, version, ...departmentFields, isActive: z.boolean().optional() });
export type UpdateDepartmentInput = z.input<typeof updateDepartmentSchema>;

export const addAliasSchema = z.object({
  departmentId: id,
  alias: z
    .string()
    .trim()
    .min(1, msg("validation.admin.aliasRequired"))
    .max(100, msg("validation.admin.aliasTooLong", { max: 100 })),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;

export const removeAliasSchema = z.object({ aliasId: id });

export const setGroupMembersSchema = z.object({
  groupId: id,
  version,
  departmentIds: z.array(id).max(500),
});
export type SetGroupMembersInput = z.input<typeof setGroupMembersSchema>;
