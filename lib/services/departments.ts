import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db";
import { departmentAliases, departmentGroupMembers, departmentGroups, departments, type Department } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { conflict, fieldError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import type {
  addAliasSchema,
  createDepartmentSchema,
  setGroupMembersSchema,
  updateDepartmentSchema,
} from "@/lib/validations/admin";
import { recordAudit } from "./audit";

/** Every department with its aliases, for the admin directory page. */
export async function listDepartments({ actor }: { actor: Actor }) {
  authorize(actor, "department.manage");
  const rows = await db.select().from(departments).orderBy(asc(departments.kind), asc(departments.id));
  const aliases = await db.select().from(departmentAliases).orderBy(asc(departmentAliases.alias));
  return rows.map((d) => ({ ...d, aliases: aliases.filter((a) => a.departmentId === d.id) }));
}

/** Id and name of every active department, for pickers (user form, group membership). */
export async function listDepartmentOptions({ actor }: { actor: Actor }) {
  authorize(actor, "user.manage");
  return db
    .select({ id: departments.id, name: departments.name, kind: departments.kind })
    .from(departments)
    .where(eq(departments.isActive, true))
    .orderBy(asc(departments.kind), asc(departments.id));
}

export async function getDepartment({ actor, id }: { actor: Actor; id: number }) {
  authorize(actor, "department.manage");
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  if (!row) throw notFound(msg("errors.departments.notFound"));
  const aliases = await db
    .select()
    .from(departmentAliases)
    .where(eq(departmentAliases.departmentId, id))
    .orderBy(asc(departmentAliases.alias));
  return { ...row, aliases };
}

/** Groups (各区县(市)人民政府) with their member ids in order. */
export async function listDepartmentGroups({ actor }: { actor: Actor }) {
  authorize(actor, "department.manage");
  const groups = await db.select().from(departmentGroups).orderBy(asc(departmentGroups.id));
  const members = await db.select().from(departmentGroupMembers).orderBy(asc(departmentGroupMembers.position));
  return groups.map((g) => ({ ...g, memberIds: members.filter((m) => m.groupId === g.id).map((m) => m.departmentId) }));
}

/** A name must not already be a department name or an alias: plan import resolves by either. */
async function assertNameFree(tx: Tx, name: string, field: string, exceptDepartmentId?: number) {
  const [dept] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(
      exceptDepartmentId
        ? and(eq(departments.name, name), ne(departments.id, exceptDepartmentId))
        : eq(departments.name, name),
    );
  const [alias] = await tx
    .select({ departmentId: departmentAliases.departmentId })
    .from(departmentAliases)
    .where(eq(departmentAliases.alias, name));
  if (dept || (alias && alias.departmentId !== exceptDepartmentId)) {
    throw fieldError(field, msg("errors.departments.nameTaken"));
  }
}

async function assertParent(tx: Tx, parentId: number | null, selfId?: number) {
  if (parentId == null) return;
  if (parentId === selfId) throw fieldError("parentId", msg("errors.departments.parentIsSelf"));
  const [parent] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, parentId));
  if (!parent) throw fieldError("parentId", msg("errors.departments.parentNotFound"));
}

export async function createDepartment({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof createDepartmentSchema>;
}) {
  authorize(actor, "department.manage");
  return db.transaction(async (tx) => {
    await assertNameFree(tx, input.name, "name");
    await assertParent(tx, input.parentId);
    const [created] = await tx.insert(departments).values(input).returning();
    await recordAudit(tx, {
      actor,
      action: "department.create",
      entityType: "department",
      entityId: created!.id,
      departmentId: created!.id,
      after: created,
    });
    return { id: created!.id };
  });
}

export async function updateDepartment({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof updateDepartmentSchema>;
}) {
  authorize(actor, "department.manage");
  const { id, version, ...values } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, id));
    if (!before) throw notFound(msg("errors.departments.notFound"));
    await assertNameFree(tx, values.name, "name", id);
    await assertParent(tx, values.parentId, id);
    const [after] = await tx
      .update(departments)
      .set({ ...values, version: sql`${departments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(departments.id, id), eq(departments.version, version)))
      .returning();
    if (!after) throw conflict();
    await recordAudit(tx, {
      actor,
      action: "department.update",
      entityType: "department",
      entityId: id,
      departmentId: id,
      before,
      after,
    });
    return { id, version: (after as Department).version };
  });
}

export async function addDepartmentAlias({ actor, input }: { actor: Actor; input: z.output<typeof addAliasSchema> }) {
  authorize(actor, "department.manage");
  return db.transaction(async (tx) => {
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, input.departmentId));
    if (!dept) throw notFound(msg("errors.departments.notFound"));
    await assertNameFree(tx, input.alias, "alias");
    const [created] = await tx.insert(departmentAliases).values(input).returning();
    await recordAudit(tx, {
      actor,
      action: "department.addAlias",
      entityType: "department",
      entityId: input.departmentId,
      departmentId: input.departmentId,
      after: { alias: input.alias },
    });
    return { id: created!.id };
  });
}

export async function removeDepartmentAlias({ actor, aliasId }: { actor: Actor; aliasId: number }) {
  authorize(actor, "department.manage");
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(departmentAliases).where(eq(departmentAliases.id, aliasId)).returning();
    if (!removed) throw notFound(msg("errors.departments.aliasNotFound"));
    await recordAudit(tx, {
      actor,
      action: "department.removeAlias",
      entityType: "department",
      entityId: removed.departmentId,
      departmentId: removed.departmentId,
      before: { alias: removed.alias },
    });
    return { id: aliasId };
  });
}

/** Replaces a group's members (in the given order); items already assigned keep their assignments. */
export async function setGroupMembers({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof setGroupMembersSchema>;
}) {
  authorize(actor, "department.manage");
  const ids = [...new Set(input.departmentIds)];
  return db.transaction(async (tx) => {
    const [group] = await tx.select().from(departmentGroups).where(eq(departmentGroups.id, input.groupId));
    if (!group) throw notFound(msg("errors.departments.groupNotFound"));
    if (ids.length) {
      const found = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids));
      if (found.length !== ids.length) throw fieldError("departmentIds", msg("errors.departments.selectedNotFound"));
    }
    const [bumped] = await tx
      .update(departmentGroups)
      .set({ version: sql`${departmentGroups.version} + 1`, updatedAt: new Date() })
      .where(and(eq(departmentGroups.id, group.id), eq(departmentGroups.version, input.version)))
      .returning();
    if (!bumped) throw conflict();
    const before = await tx
      .select({ departmentId: departmentGroupMembers.departmentId })
      .from(departmentGroupMembers)
      .where(eq(departmentGroupMembers.groupId, group.id))
      .orderBy(asc(departmentGroupMembers.position));
    await tx.delete(departmentGroupMembers).where(eq(departmentGroupMembers.groupId, group.id));
    if (ids.length) {
      await tx
        .insert(departmentGroupMembers)
        .values(ids.map((departmentId, position) => ({ groupId: group.id, departmentId, position })));
    }
    await recordAudit(tx, {
      actor,
      action: "department.groupMembers",
      entityType: "departmentGroup",
      entityId: group.id,
      before: { memberIds: before.map((m) => m.departmentId) },
      after: { memberIds: ids },
    });
    return { id: group.id, version: bumped.version };
  });
}
