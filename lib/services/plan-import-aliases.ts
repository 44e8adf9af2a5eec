import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { departmentAliases, departments } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { AppError, fieldError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { createDepartmentResolver } from "@/lib/plan-import";
import { recordAudit } from "./audit";
import { loadDirectory } from "./plan-import-directory";

/** Confirms that a unit name from a plan means a directory department; the name is saved as its alias. */
export async function confirmUnitAlias({
  actor,
  alias,
  departmentId,
}: {
  actor: Actor;
  alias: string;
  departmentId: number;
}) {
  authorize(actor, "plan.import");
  const name = alias.trim();
  return db.transaction(async (tx) => {
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    if (!dept) throw fieldError("departmentId", msg("planErrors.alias.chooseUnit"));
    const resolution = createDepartmentResolver(await loadDirectory(tx)).resolve(name);
    if (resolution.status === "department") {
      if (resolution.name === dept.name)
        return { alias: name, departmentId, departmentName: dept.name, created: false };
      throw fieldError("alias", msg("planErrors.alias.taken", { alias: name, department: resolution.name }));
    }
    if (resolution.status === "group") {
      throw new AppError("validation", msg("planErrors.alias.isGroup", { alias: name }), {
        alias: [msg("planErrors.alias.isGroupField")],
      });
    }
    const [created] = await tx.insert(departmentAliases).values({ departmentId, alias: name }).returning();
    await recordAudit(tx, {
      actor,
      action: "department.aliasConfirm",
      entityType: "department",
      entityId: departmentId,
      departmentId,
      after: { alias: name, department: dept.name, aliasId: created!.id },
    });
    return { alias: name, departmentId, departmentName: dept.name, created: true };
  });
}

/** Departments to pick from when mapping an unknown unit. */
export async function listDepartmentOptions({ actor }: { actor: Actor }) {
  authorize(actor, "plan.read");
  return db
    .select({ id: departments.id, name: departments.name, kind: departments.kind })
    .from(departments)
    .where(eq(departments.isActive, true))
    .orderBy(asc(departments.id));
}
