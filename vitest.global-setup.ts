import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: a file holding a migrated and seeded data directory. PostgreSQL: a template database. */
    testDbTemplate: string;
  }
}

/**
 * One migrated and seeded database for the whole run (see db/test-utils.ts): a PGlite data-directory
 * dump, or on PostgreSQL a template database that each test file's database is created from.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = (env: Record<string, string>, args: string[] = []) =>
    execFileSync(
      process.execPath,
      [
        path.join("node_modules", "tsx", "dist", "cli.mjs"),
        "--conditions=react-server",
        "scripts/test-db-template.ts",
        ...args,
      ],
      { env: { ...process.env, DATA_DIR: ".data/test", LOG_LEVEL: "silent", ...env }, stdio: "inherit" },
    );
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), "duban-test-"));
    const file = path.join(dir, "template.tar");
    run({ PGLITE_DIR: "memory://" }, [file]);
    project.provide("testDbTemplate", file);
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  const base = new URL(url);
  const name = `${base.pathname.slice(1) || "duban"}_tmpl_${Date.now().toString(36)}${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const templateUrl = new URL(base);
  templateUrl.pathname = `/${name}`;
  run({ DATABASE_URL: templateUrl.toString() });
  project.provide("testDbTemplate", name);
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
}
