import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { users, userSessions } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestUser } from "@/lib/test/factories";
import { getUserOfSession } from "./accounts";
import { pruneSessions, revokeSession, startSession } from "./sessions";

beforeAll(setupTestDatabase);

const HOUR = 3600_000;

/** What a page asks of a session cookie: its user while the session is open. */
const isSessionActive = async (input: { id: string; userId: number; now: Date }) =>
  (await getUserOfSession({ sessionId: input.id, userId: input.userId, now: input.now }))?.id === input.userId;

describe("server-side sessions", () => {
  it("ends at sign-out and at its lifetime; the daily prune removes ended ones a day later and keeps the rest", async () => {
    const user = await createTestUser("liaison", "市科技局");
    const now = new Date();
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
    const current = await startSession(db, { userId: user.id, now: at(1) });
    const expiredLongAgo = await startSession(db, { userId: user.id, now: at(24 * 10) });
    const expiredJustNow = await startSession(db, { userId: user.id, now: at(12.5) });
    const signedOut = await startSession(db, { userId: user.id, now: at(2) });
    await revokeSession(signedOut.id);

    expect(await isSessionActive({ id: current.id, userId: user.id, now })).toBe(true);
    expect(await isSessionActive({ id: signedOut.id, userId: user.id, now })).toBe(false);
    expect(await isSessionActive({ id: expiredJustNow.id, userId: user.id, now })).toBe(false);

    const ids = [current.id, expiredLongAgo.id, expiredJustNow.id, signedOut.id];
    expect(await pruneSessions(db, now)).toBeGreaterThanOrEqual(1);
    const left = await db.select({ id: userSessions.id }).from(userSessions).where(inArray(userSessions.id, ids));
    // The one that ended ten days ago is gone; those that ended within the day stay for now.
    expect(left.map((r) => r.id).sort()).toEqual([current.id, expiredJustNow.id, signedOut.id].sort());
    expect(await isSessionActive({ id: current.id, userId: user.id, now })).toBe(true);
  });

  it("opens to its own user only, and not once the account is deactivated", async () => {
    const user = await createTestUser("liaison", "市科技局");
    const other = await createTestUser("liaison", "市商务局");
    const now = new Date();
    const session = await startSession(db, { userId: user.id, now });
    expect(await getUserOfSession({ sessionId: session.id, userId: user.id, now })).toMatchObject({
      id: user.id,
      departmentName: "市科技局",
      mustEnrolSecondFactor: false,
    });
    expect(await isSessionActive({ id: session.id, userId: other.id, now })).toBe(false);
    await db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect(await isSessionActive({ id: session.id, userId: user.id, now })).toBe(false);
  });
});
