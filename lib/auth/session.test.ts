import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { setUserActiveAction, updateUserAction } from "@/lib/actions/admin";
import { getAuthOptions } from "./options";

// The session cookie as next-auth would decode it; tests fill it through next-auth's own callbacks.
const cookie = vi.hoisted(() => ({ session: null as unknown }));
vi.mock("next-auth", () => ({ getServerSession: async () => cookie.session }));

// vitest.setup replaces lib/auth/session for other tests; here the real one is under test.
const { getCurrentUser } = await vi.importActual<typeof import("./session")>("./session");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

/**
 * Signs in as next-auth does on POST /api/auth/callback/credentials: the provider's authorize, then
 * the jwt and session callbacks. Returns the token (what the cookie holds); the cookie is "sent".
 */
async function signIn(username: string, password = "test-password-1"): Promise<JWT> {
  const options = getAuthOptions();
  const provider = options.providers[0] as unknown as { options: { authorize: Authorize } };
  const user = await provider.options.authorize({ username, password }, { headers: {} });
  if (!user) throw new Error(`sign-in as ${username} refused`);
  const token = (await options.callbacks!.jwt!({ token: { name: "x" } as JWT, user, account: null } as never)) as JWT;
  await presentCookie(token);
  return token;
}

/** Presents a cookie holding `token` on the next request (a copy works like the original). */
async function presentCookie(token: JWT) {
  const options = getAuthOptions();
  cookie.session = await options.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
}

async function signOut(token: JWT) {
  await getAuthOptions().events!.signOut!({ token, session: null } as never);
}

async function signInAs(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  await signIn(row!.username);
}

describe("sessions end on the server", () => {
  beforeAll(setupTestDatabase);
  afterEach(() => vi.useRealTimers());

  it("a copy of the cookie stops working once its owner signs out", async () => {
    const user = await createTestUser("liaison", "市科技局");
    const token = await signIn(user.username);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    await signOut(token);
    await presentCookie(token);
    expect(await getCurrentUser()).toBeNull();
  });

  it("signing out one browser leaves the user's other sessions open", async () => {
    const user = await createTestUser("leader");
    const phone = await signIn(user.username);
    const desk = await signIn(user.username);
    await signOut(phone);
    await presentCookie(desk);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("a session ends 12 hours after sign-in however active it stays", async () => {
    const user = await createTestUser("supervisor");
    const token = await signIn(user.username);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 11.5 * 3600_000);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    vi.setSystemTime(Date.now() + 1 * 3600_000);
    await presentCookie(token);
    expect(await getCurrentUser()).toBeNull();
  });
});

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
    const result = await updateUserAction({
      id: user.id,
      version: user.version,
      displayName: user.displayName,
      role: "leader",
      departmentId: "",
    });
    expect(result.ok).toBe(true);
    expect(await getCurrentUser()).toBeNull();
    await signInAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "leader" });
  });

  it("shows a name change without signing the user out", async () => {
    const user = await createTestUser("leader");
    await signInAs(user.id);
    await actAs("admin");
    await updateUserAction({
      id: user.id,
      version: user.version,
      displayName: "新名字",
      role: "leader",
      departmentId: "",
    });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, displayName: "新名字" });
  });
});
