import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/services/accounts";
import { db } from "./index";
import { departmentAliases, departmentGroupMembers, departmentGroups, departments, users } from "./schema";
import { DEMO_PASSWORD, DEMO_USERS, seedDatabase } from "./seed";
import { setupTestDatabase } from "./test-utils";

async function counts() {
  const [d] = await db.select({ n: count() }).from(departments);
  const [a] = await db.select({ n: count() }).from(departmentAliases);
  const [g] = await db.select({ n: count() }).from(departmentGroups);
  const [m] = await db.select({ n: count() }).from(departmentGroupMembers);
  const [u] = await db.select({ n: count() }).from(users);
  return { departments: d!.n, aliases: a!.n, groups: g!.n, members: m!.n, users: u!.n };
}

describe("seed", () => {
  beforeAll(setupTestDatabase);

  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    await seedDatabase();
    expect(await counts()).toEqual(before);
  });

  it("holds the Changsha directory: 21 municipal units, 9 district governments, the collective with 9 members", async () => {
    const names = (await db.select({ name: departments.name }).from(departments)).map((r) => r.name);
    for (const name of [
      "市发展改革委",
      "市科技局",
      "市政府物流口岸办",
      "市人民政府",
      "市人民政府办公厅",
      "芙蓉区人民政府",
      "宁乡市人民政府",
    ]) {
      expect(names).toContain(name);
    }
    const [group] = await db.select().from(departmentGroups).where(eq(departmentGroups.name, "各区县(市)人民政府"));
    expect(group?.aliases).toContain("各区县市人民政府");
    const members = await db.select().from(departmentGroupMembers).where(eq(departmentGroupMembers.groupId, group!.id));
    expect(members).toHaveLength(9);
  });

  it("maps common aliases to their department", async () => {
    const rows = await db
      .select({ alias: departmentAliases.alias, name: departments.name })
      .from(departmentAliases)
      .innerJoin(departments, eq(departments.id, departmentAliases.departmentId));
    const byAlias = new Map(rows.map((r) => [r.alias, r.name]));
    expect(byAlias.get("市发改委")).toBe("市发展改革委");
    expect(byAlias.get("市工信局")).toBe("市工业和信息化局");
    expect(byAlias.get("市人社局")).toBe("市人力资源社会保障局");
  });

  it("creates every demo account with the documented password, stored only as a hash", async () => {
    for (const demo of DEMO_USERS) {
      const user = await verifyCredentials({ username: demo.username, password: DEMO_PASSWORD });
      expect(user?.role).toBe(demo.role);
      expect(user?.departmentName ?? null).toBe(demo.department);
      const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, demo.username));
      expect(row!.hash).not.toContain(DEMO_PASSWORD);
      expect(row!.hash).toMatch(/^\$2[aby]\$/);
    }
  });

  it("refuses a wrong password", async () => {
    expect(await verifyCredentials({ username: "kjj", password: "nope" })).toBeNull();
    expect(await verifyCredentials({ username: "no-such-user", password: DEMO_PASSWORD })).toBeNull();
  });
});
