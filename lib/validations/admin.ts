import { z } from "zod";
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
  .union([z.literal(""), z.null(), z.coerce.number({ message: "请选择" }).int().positive()])
  .optional()
  .transform((v) => (typeof v === "number" ? v : null));

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

const userFields = {
  displayName: z.string().trim().min(1, "请填写姓名").max(50, "姓名不超过 50 个字"),
  role: z.enum(USER_ROLES, { message: "请选择角色" }),
  departmentId: optionalId,
  email: optionalText(200, "邮箱过长").pipe(z.email("邮箱格式不正确").nullable()),
  phone: optionalText(30, "电话过长"),
};

const liaisonNeedsDepartment = (v: { role: UserRole; departmentId: number | null }) =>
  !requiresDepartment(v.role) || v.departmentId != null;
const departmentMessage = { path: ["departmentId"], message: "联络员必须关联所在部门" };

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(2, "用户名至少 2 个字符")
      .max(64, "用户名不超过 64 个字符")
      .regex(/^[A-Za-z0-9._-]+$/, "用户名只能包含字母、数字、点、下划线和连字符"),
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
  name: z.string().trim().min(1, "请填写部门名称").max(100, "名称不超过 100 个字"),
  fullName: optionalText(200, "全称不超过 200 个字"),
  shortName: optionalText(50, "简称不超过 50 个字"),
  kind: z.enum(DEPARTMENT_KINDS, { message: "请选择部门类型" }),
  parentId: optionalId,
};

export const createDepartmentSchema = z.object(departmentFields);
export type CreateDepartmentInput = z.input<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z.object({ id, version, ...departmentFields, isActive: z.boolean().optional() });
export type UpdateDepartmentInput = z.input<typeof updateDepartmentSchema>;

export const addAliasSchema = z.object({
  departmentId: id,
  alias: z.string().trim().min(1, "请填写别名").max(100, "别名不超过 100 个字"),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;

export const removeAliasSchema = z.object({ aliasId: id });

export const setGroupMembersSchema = z.object({
  groupId: id,
  version,
  departmentIds: z.array(id).max(500),
});
export type SetGroupMembersInput = z.input<typeof setGroupMembersSchema>;
