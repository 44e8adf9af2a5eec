import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, departmentGroupMembers, departmentGroups, users } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import {
  addDepartmentAliasAction,
  createDepartmentAction,
  createUserAction,
  resetUserPasswordAction,
  setGroupMembersAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/admin";
import { createTestUser, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { verifyCredentials } from "./accounts";

async function userRow(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe("admin: users", () => {
  beforeAll(setupTestDatabase);

  it("creates a liaison with a one-time password that must be changed at first sign-in", async () => {
    await actAs("admin");
    const username = uniqueName("liaison");
    const result = await createUserAction({
      username,
      displayName: "新联络员",
      role: "liaison",
      departmentId: String(await departmentId("市科技局")),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.temporaryPassword).toHaveLength(12);
    const signedIn = await verifyCredentials({ username, password: result.data.temporaryPassword });
    expect(signedIn).toMatchObject({ mustChangePassword: true, departmentName: "市科技局" });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.create"), eq(auditEvents.entityId, String(result.data.id))));
    expect(audit!.after).toMatchObject({ username, role: "liaison" });
    expect(JSON.stringify(audit)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("refuses a liaison without a department, and a taken username, with field messages", async () => {
    await actAs("admin");
    const noDept = await createUserAction({
      username: uniqueName("x"),
      displayName: "无部门",
      role: "liaison",
      departmentId: "",
    });
    expect(noDept).toMatchObject({ ok: false, fieldErrors: { departmentId: ["联络员必须关联所在部门"] } });
    const taken = await createUserAction({ username: "kjj", displayName: "重名", role: "leader" });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { username: ["用户名已被使用"] } });
  });

  it("never deactivates or demotes the last active admin, nor lets an admin deactivate themselves", async () => {
    const admin = await actAs("admin");
    const self = await userRow(admin!.id);
    expect(await setUserActiveAction({ id: self.id, version: self.version, active: false })).toMatchObject({
      ok: false,
      error: "不能停用自己的账号",
    });
    const other = await createTestUser("admin");
    await db
      .update(users)
      .set({ isActive: false })
      .where(and(eq(users.role, "admin"), eq(users.id, self.id)));
    // Now `other` is the only active admin: demoting or deactivating it is refused.
    const demote = await updateUserAction({
      id: other.id,
      version: other.version,
      displayName: other.displayName,
      role: "leader",
      departmentId: "",
    });
    expect(demote).toMatchObject({ ok: false, error: "不能更改最后一位在用系统管理员的角色" });
    expect(await setUserActiveAction({ id: other.id, version: other.version, active: false })).toMatchObject({
      ok: false,
    });
    expect((await userRow(other.id)).isActive).toBe(true);
    await db.update(users).set({ isActive: true }).where(eq(users.id, self.id));
    expect(await setUserActiveAction({ id: other.id, version: other.version, active: false })).toMatchObject({
      ok: true,
    });
  });

  it("resets a password: the old one stops working, the new one must be changed", async () => {
    await actAs("admin");
    const user = await createTestUser("liaison", "市商务局");
    const result = await resetUserPasswordAction({ id: user.id, version: user.version });
    if (!result.ok) throw new Error(result.error);
    expect(await verifyCredentials({ username: user.username, password: "test-password-1" })).toBeNull();
    expect(await verifyCredentials({ username: user.username, password: result.data.temporaryPassword })).toMatchObject(
      { mustChangePassword: true },
    );
    const row = await userRow(user.id);
    expect(row.sessionEpoch).toBe(user.sessionEpoch + 1);
  });

  it("says the record changed when edited from a stale form", async () => {
    await actAs("admin");
    const user = await createTestUser("leader");
    await updateUserAction({ id: user.id, version: user.version, displayName: "第一次", role: "leader" });
    const stale = await updateUserAction({ id: user.id, version: user.version, displayName: "第二次", role: "leader" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((await userRow(user.id)).displayName).toBe("第一次");
  });
});

describe("admin: departments", () => {
  beforeAll(setupTestDatabase);

  it("refuses an alias or name that already names another department", async () => {
    await actAs("admin");
    const created = await createDepartmentAction({ name: uniqueName("市测试局"), kind: "municipal", parentId: "" });
    if (!created.ok) throw new Error(created.error);
    expect(await addDepartmentAliasAction({ departmentId: created.data.id, alias: "市发改委" })).toMatchObject({
      ok: false,
      fieldErrors: { alias: ["该名称已被其他部门使用"] },
    });
    expect(await createDepartmentAction({ name: "市科技局", kind: "municipal" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["该名称已被其他部门使用"] },
    });
    const alias = uniqueName("测试简称");
    expect(await addDepartmentAliasAction({ departmentId: created.data.id, alias })).toMatchObject({ ok: true });
  });

  it("replaces the members of 各区县(市)人民政府 in order, with an audit record", async () => {
    await actAs("admin");
    const [group] = await db.select().from(departmentGroups).where(eq(departmentGroups.name, "各区县(市)人民政府"));
    const ids = [await departmentId("岳麓区人民政府"), await departmentId("芙蓉区人民政府")];
    expect(
      await setGroupMembersAction({ groupId: group!.id, version: group!.version, departmentIds: ids }),
    ).toMatchObject({ ok: true });
    const members = await db
      .select()
      .from(departmentGroupMembers)
      .where(eq(departmentGroupMembers.groupId, group!.id))
      .orderBy(departmentGroupMembers.position);
    expect(members.map((m) => m.departmentId)).toEqual(ids);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "department.groupMembers"))
      .orderBy(desc(auditEvents.id));
    expect((audit!.before as { memberIds: number[] }).memberIds).toHaveLength(9);
  });
});
