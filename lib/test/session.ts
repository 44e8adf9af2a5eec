import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { getSessionUserById, type SessionUser } from "@/lib/services/accounts";

/**
 * vitest.setup.ts replaces `@/lib/auth/session` with a version that reads this holder, so
 * tests can call the real server actions and route handlers as any user.
 */
export const testSession: { user: SessionUser | null } = { user: null };

/** Signs the test in as an existing user (reloaded from the database, as the app does). */
export async function actAs(username: string | null): Promise<SessionUser | null> {
  if (username === null) {
    testSession.user = null;
    return null;
  }
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no test user ${username}`);
  testSession.user = await getSessionUserById(row.id);
  return testSession.user;
}
