import { eq } from "drizzle-orm";
import { db } from "@/db";
import { departmentAliases, departmentGroups, departments, users } from "@/db/schema";
import { uniqueName } from "@/db/test-utils";
import { changePasswordAction } from "@/lib/actions/account";
import {
  addDepartmentAliasAction,
  createDepartmentAction,
  createUserAction,
  removeDepartmentAliasAction,
  resetUserPasswordAction,
  setGroupMembersAction,
  setUserActiveAction,
  updateDepartmentAction,
  updateUserAction,
} from "@/lib/actions/admin";
import { createTestUser, departmentId } from "@/lib/test/factories";
import { describeMatrix, matrixCase, PERSONAS, type MatrixCase } from "./harness";

const ADMIN_ONLY = ["admin"] as const;

async function newDepartment() {
  const [dept] = await db
    .insert(departments)
    .values({ name: uniqueName("测试局"), kind: "municipal" })
    .returning();
  return dept!;
}

const cases: MatrixCase<unknown>[] = [
  matrixCase({
    action: "user.create",
    allowed: ADMIN_ONLY,
    prepare: async () => ({ departmentId: await departmentId("市科技局") }),
    call: ({ departmentId }) =>
      createUserAction({
        username: uniqueName("u"),
        displayName: "新联络员",
        role: "liaison",
        departmentId: String(departmentId),
      }),
  }),
  matrixCase({
    action: "user.update (role and department)",
    allowed: ADMIN_ONLY,
    prepare: () => createTestUser("liaison", "市科技局"),
    call: async (user) =>
      updateUserAction({
        id: user.id,
        version: user.version,
        displayName: "改名",
        role: "liaison",
        departmentId: await departmentId("市商务局"),
      }),
  }),
  matrixCase({
    action: "user.deactivate",
    allowed: ADMIN_ONLY,
    prepare: () => createTestUser("leader"),
    call: (user) => setUserActiveAction({ id: user.id, version: user.version, active: false }),
  }),
  matrixCase({
    action: "user.reactivate",
    allowed: ADMIN_ONLY,
    prepare: async () => {
      const user = await createTestUser("supervisor");
      const [inactive] = await db.update(users).set({ isActive: false }).where(eq(users.id, user.id)).returning();
      return inactive!;
    },
    call: (user) => setUserActiveAction({ id: user.id, version: user.version, active: true }),
  }),
  matrixCase({
    action: "user.resetPassword",
    allowed: ADMIN_ONLY,
    prepare: () => createTestUser("liaison", "市商务局"),
    call: (user) => resetUserPasswordAction({ id: user.id, version: user.version }),
  }),
  matrixCase({
    action: "department.create",
    allowed: ADMIN_ONLY,
    prepare: async () => ({}),
    call: () => createDepartmentAction({ name: uniqueName("新设局"), kind: "agency", parentId: "" }),
  }),
  matrixCase({
    action: "department.update",
    allowed: ADMIN_ONLY,
    prepare: newDepartment,
    call: (dept) =>
      updateDepartmentAction({
        id: dept.id,
        version: dept.version,
        name: dept.name,
        fullName: "长沙市测试局(全称)",
        kind: "municipal",
        parentId: null,
      }),
  }),
  matrixCase({
    action: "department.addAlias",
    allowed: ADMIN_ONLY,
    prepare: newDepartment,
    call: (dept) => addDepartmentAliasAction({ departmentId: dept.id, alias: uniqueName("别名") }),
  }),
  matrixCase({
    action: "department.removeAlias",
    allowed: ADMIN_ONLY,
    prepare: async () => {
      const dept = await newDepartment();
      const [alias] = await db
        .insert(departmentAliases)
        .values({ departmentId: dept.id, alias: uniqueName("旧称") })
        .returning();
      return alias!;
    },
    call: (alias) => removeDepartmentAliasAction({ aliasId: alias.id }),
  }),
  matrixCase({
    action: "department.groupMembers",
    allowed: ADMIN_ONLY,
    prepare: async () => {
      const [group] = await db.select().from(departmentGroups).where(eq(departmentGroups.name, "各区县(市)人民政府"));
      return { group: group!, extra: await newDepartment() };
    },
    call: async ({ group, extra }) =>
      setGroupMembersAction({
        groupId: group.id,
        version: group.version,
        departmentIds: [await departmentId("芙蓉区人民政府"), extra.id],
      }),
  }),
  matrixCase({
    action: "account.changePassword (own)",
    allowed: PERSONAS,
    prepare: async () => ({}),
    call: () =>
      changePasswordAction({
        currentPassword: "demo12345",
        newPassword: "a-new-secret-9",
        confirmPassword: "a-new-secret-9",
      }),
  }),
];

describeMatrix("admin: users, departments, own password", cases);
