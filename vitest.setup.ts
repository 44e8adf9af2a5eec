import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, vi } from "vitest";

// `server-only` throws outside a React Server Component bundle; services are plain modules under test.
vi.mock("server-only", () => ({}));

// Server actions call revalidatePath, which needs Next's request store; tests do not render pages.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: <T>(fn: T) => fn }));

// Tests sign in by setting lib/test/session's holder (see actAs); the real module reads next-auth cookies.
vi.mock("@/lib/auth/session", async () => {
  const { testSession } = await import("@/lib/test/session");
  return {
    getCurrentUser: async () => testSession.user,
    requireUser: async () => {
      if (!testSession.user) throw new Error("NEXT_REDIRECT /login");
      return testSession.user;
    },
  };
});

process.env.DATA_DIR ??= ".data/test";

if (!process.env.DATABASE_URL) {
  // Each test file gets its own in-memory PGlite.
  process.env.PGLITE_DIR = "memory://";
} else {
  // Each test file gets its own PostgreSQL database on the server DATABASE_URL names, so files
  // run in parallel without seeing each other's rows; it is dropped when the file ends.
  const base = new URL(process.env.DATABASE_URL);
  const name = `${base.pathname.slice(1) || "duban"}_t${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const { closeDb } = await import("@/db");
    await closeDb();
    const dropper = postgres(base.toString(), { max: 1, onnotice: () => {} });
    await dropper.unsafe(`drop database if exists "${name}" with (force)`);
    await dropper.end();
  });
}
