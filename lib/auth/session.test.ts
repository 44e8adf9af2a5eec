import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { setUserActiveAction, updateUserAction } from "@/lib/actions/admin";

// The session cookie as next-auth would decode it: who signed in, and the epoch at that time.
const cookie = vi.hoisted(() => ({ session: null as null | { user: { id: number; sessionEpoch: number } } }));
vi.mock("next-auth", () => ({ getServerSession: async () => cookie.session }));

// vitest.setup replaces lib/auth/session for other tests; here the real one is under test.
const { getCurrentUser } = await vi.importActual<typeof import("./session")>("./session");

async function signInAs(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  cookie.session = { user: { id, sessionEpoch: row!.sessionEpoch } };
}

describe("the session helper reloads the user on each request", () => {
  beforeAll(setupTestDatabase);

  it("ends a signed-in user's access on the next request after deactivation", async () => {
    const user = await createTestUser("liaison", "市科技局");
    await signInAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "liaison" });
    await actAs("admin");
    const result = await setUserActiveAction({ id: user.id, version: user.version, active: false });
    expect(result.ok).toBe(true);
    expect(await getCurrentUser()).toBeNull();
  });

  it("applies a role change at once and ends sessions issued before it", async () => {
    const user = await createTestUser("supervisor");
    await signInAs(user.id);
    await actAs("admin");
    const result = await updateUserAction({ id: user.id, version: user.version, displayName: user.displayName, role: "leader", departmentId: "" });
    expect(result.ok).toBe(true);
    expect(await getCurrentUser()).toBeNull();
    await signInAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "leader" });
  });

  it("shows a name change without signing the user out", async () => {
    const user = await createTestUser("leader");
    await signInAs(user.id);
    await actAs("admin");
    await updateUserAction({ id: user.id, version: user.version, displayName: "新名字", role: "leader", departmentId: "" });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, displayName: "新名字" });
  });
});
