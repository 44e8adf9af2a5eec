import { vi } from "vitest";

// `server-only` throws outside a React Server Component bundle; services are plain modules under test.
vi.mock("server-only", () => ({}));

// Each test file gets its own in-memory PGlite unless the run targets PostgreSQL.
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = "memory://";
process.env.DATA_DIR ??= ".data/test";
