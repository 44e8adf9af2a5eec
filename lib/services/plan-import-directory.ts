import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { departmentAliases, departmentGroupMembers, departmentGroups, departments } from "@/db/schema";
import type { DepartmentDirectory } from "@/lib/plan-import";
import { CHANGSHA_CITY_PREFIXES } from "@/lib/plan-import/changsha-directory";

/** The department directory as the importer needs it, from the departments, aliases and groups tables. */
export async function loadDirectory(q: Queryable = db): Promise<DepartmentDirectory> {
  const depts = await q.select().from(departments).where(eq(departments.isActive, true));
  const aliases = await q.select().from(departmentAliases);
  const groups = await q.select().from(departmentGroups);
  const members = await q
    .select({ groupId: departmentGroupMembers.groupId, name: departments.name })
    .from(departmentGroupMembers)
    .innerJoin(departments, eq(departments.id, departmentGroupMembers.departmentId))
    .orderBy(asc(departmentGroupMembers.position));
  return {
    cityPrefixes: [...CHANGSHA_CITY_PREFIXES],
    departments: depts.map((d) => ({
      name: d.name,
      shortName: d.shortName ?? "",
      fullName: d.fullName ?? "",
      kind: d.kind,
      aliases: aliases.filter((a) => a.departmentId === d.id).map((a) => a.alias),
    })),
    groups: groups.map((g) => ({
      name: g.name,
      aliases: g.aliases,
      members: members.filter((m) => m.groupId === g.id).map((m) => m.name),
    })),
  };
}
