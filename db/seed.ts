import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { isDemoMode } from "@/lib/env";
import { CHANGSHA_DIRECTORY } from "@/lib/plan-import/changsha-directory";
import { hashPassword } from "@/lib/services/accounts";
import { recordAudit } from "@/lib/services/audit";
import { getConnection } from "./index";
import {
  departmentAliases,
  departmentGroupMembers,
  departmentGroups,
  departments,
  users,
  type NewUser,
} from "./schema";

/** Demo-only password, documented in the README. */
export const DEMO_PASSWORD = "demo12345";

export const DEMO_USERS: { username: string; displayName: string; role: NewUser["role"]; department: string | null }[] =
  [
    { username: "admin", displayName: "系统管理员", role: "admin", department: null },
    { username: "secretariat", displayName: "王秘书", role: "secretariat", department: "市发展改革委" },
    { username: "supervisor", displayName: "李督查", role: "supervisor", department: null },
    { username: "leader", displayName: "张市长", role: "leader", department: null },
    { username: "auditor", displayName: "赵审计员", role: "auditor", department: null },
    { username: "kjj", displayName: "陈联络员", role: "liaison", department: "市科技局" },
    { username: "swj", displayName: "刘联络员", role: "liaison", department: "市商务局" },
    { username: "furong", displayName: "周联络员", role: "liaison", department: "芙蓉区人民政府" },
  ];

async function seedDirectory(): Promise<number> {
  const { db } = getConnection();
  let added = 0;
  await db.transaction(async (tx) => {
    for (const dept of CHANGSHA_DIRECTORY.departments) {
      const inserted = await tx
        .insert(departments)
        .values({
          name: dept.name,
          fullName: dept.fullName ?? null,
          shortName: dept.shortName ?? null,
          kind: dept.kind,
        })
        .onConflictDoNothing({ target: departments.name })
        .returning({ id: departments.id });
      added += inserted.length;
    }
    const rows = await tx.select({ id: departments.id, name: departments.name }).from(departments);
    const idOf = new Map(rows.map((r) => [r.name, r.id]));
    for (const dept of CHANGSHA_DIRECTORY.departments) {
      const departmentId = idOf.get(dept.name)!;
      for (const alias of dept.aliases.filter((a) => a !== dept.name)) {
        await tx.insert(departmentAliases).values({ departmentId, alias }).onConflictDoNothing();
      }
    }
    for (const group of CHANGSHA_DIRECTORY.groups) {
      const [created] = await tx
        .insert(departmentGroups)
        .values({ name: group.name, aliases: group.aliases })
        .onConflictDoNothing({ target: departmentGroups.name })
        .returning({ id: departmentGroups.id });
      if (!created) continue;
      added += 1;
      await tx
        .insert(departmentGroupMembers)
        .values(
          group.members.map((name, position) => ({ groupId: created.id, departmentId: idOf.get(name)!, position })),
        );
    }
    if (added > 0) {
      await recordAudit(tx, { actor: null, action: "seed.directory", entityType: "department", after: { added } });
    }
  });
  return added;
}

async function seedUsers(): Promise<number> {
  const { db } = getConnection();
  const existing = await db
    .select({ username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        DEMO_USERS.map((u) => u.username),
      ),
    );
  const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.username === u.username));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const demo of missing) {
      const [dept] = demo.department
        ? await tx.select({ id: departments.id }).from(departments).where(eq(departments.name, demo.department))
        : [];
      const [created] = await tx
        .insert(users)
        // Demo addresses (a reserved domain) so mail lands in the outbox a demo admin can read.
        .values({
          username: demo.username,
          displayName: demo.displayName,
          role: demo.role,
          departmentId: dept?.id ?? null,
          email: `${demo.username}@duban.example`,
          passwordHash,
        })
        .onConflictDoNothing({ target: users.username })
        .returning();
      if (created) {
        await recordAudit(tx, {
          actor: null,
          action: "seed.user",
          entityType: "user",
          entityId: created.id,
          after: created,
        });
      }
    }
  });
  return missing.length;
}

/** Path of the demo plan, relative to the repository root (see db/seed-data/SOURCE.md). */
export const SEED_PLAN_PATH = "db/seed-data/changsha-producer-services-plan-2023.txt";

/** The Changsha plan, imported through the same parse → save → publish path as the app uses. */
async function seedChangshaPlan(): Promise<boolean> {
  const file = path.resolve(process.cwd(), SEED_PLAN_PATH);
  if (!existsSync(file)) {
    console.warn(`seed: ${file} not found, skipping the demo plan`);
    return false;
  }
  const { importPlanAsSystem } = await import("@/lib/services/plan-import");
  const { readPlanFile } = await import("@/lib/plan-import");
  const source = await readPlanFile(readFileSync(file), path.basename(file));
  return (await importPlanAsSystem(source.text, path.basename(file))).created;
}

/**
 * Demo mode only (see isDemoMode): the Changsha directory, the demo accounts and the Changsha plan.
 * A production database gets nothing: its first administrator comes from `npm run admin:create`.
 * Idempotent: a second run adds nothing.
 */
export async function seedDatabase({ demo = isDemoMode() }: { demo?: boolean } = {}): Promise<void> {
  if (!demo) return;
  await seedDirectory();
  await seedUsers();
  await seedChangshaPlan();
}
