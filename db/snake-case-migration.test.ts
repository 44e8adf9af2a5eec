import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Migration 0009 renames every camelCase column to snake_case in place. It runs here on the database
 * the whole browser suite left behind at migration 0008 (db/fixtures/e2e-filled-0008.json.gz, made
 * by scripts/dump-rows.ts), on PGlite and, when DATABASE_URL is set, on PostgreSQL: every table
 * keeps the same rows with the same values, no camelCase column is left, the audit chain still
 * verifies and the health triggers still mark the items they should.
 */
const MIGRATIONS = path.join(__dirname, "migrations");
const RENAME_TAG = "0009_snake_case_columns";
const fixture = JSON.parse(
  gunzipSync(readFileSync(path.join(__dirname, "fixtures", "e2e-filled-0008.json.gz"))).toString("utf8"),
) as { migrations: number; tables: Record<string, unknown[]> };

const work = mkdtempSync(path.join(tmpdir(), "duban-rename-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The migrations folder cut before 0009 (`through` false) or just after it. */
function migrationsFolder(through: boolean): string {
  const dir = path.join(work, through ? "through" : "before");
  mkdirSync(path.join(dir, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag === RENAME_TAG);
  expect(cut).toBe(fixture.migrations);
  journal.entries = journal.entries.slice(0, through ? cut + 1 : cut);
  for (const e of journal.entries) copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  return dir;
}

type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Loads the fixture's rows as they were, with triggers (audit chain, foreign keys, health marks) off. */
async function load(query: Query): Promise<void> {
  await query(`set session_replication_role = replica`);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    if (rows.length === 0) continue;
    await query(
      `insert into "${table}" overriding system value select * from json_populate_recordset(null::"${table}", $1::json)`,
      [JSON.stringify(rows)],
    );
  }
  await query(`set session_replication_role = origin`);
  // Identity sequences continue after the loaded ids, as they did in the database dumped.
  for (const table of Object.keys(fixture.tables)) {
    const [id] = await query(`select pg_get_serial_sequence('"${table}"', 'id') as seq`).catch(() => [{ seq: null }]);
    if (id?.seq)
      await query(`select setval('${String(id.seq)}', greatest(1, (select coalesce(max(id), 0) from "${table}")))`);
  }
}

/** Per table: how many rows, and a digest of their values (column names play no part in it). */
async function contents(query: Query): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of Object.keys(fixture.tables)) {
    const [row] = await query(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from "${table}" t`,
    );
    out[table] = `${row!.n} rows, ${row!.digest}`;
  }
  return out;
}

async function checkRename(query: Query, migrate: (folder: string) => Promise<void>) {
  await migrate(migrationsFolder(false));
  await load(query);
  const before = await contents(query);
  const rows = Object.values(fixture.tables).reduce((n, t) => n + t.length, 0);
  expect(rows).toBeGreaterThan(500);
  expect(fixture.tables.audit_events!.length).toBeGreaterThan(100);

  await migrate(migrationsFolder(true));

  expect(await contents(query)).toEqual(before);
  const camel = await query(
    `select table_name || '.' || column_name as c from information_schema.columns
      where table_schema = 'public' and column_name ~ '[A-Z]' order by 1`,
  );
  expect(camel.map((r) => r.c)).toEqual([]);
  // Every hash in the chain, recomputed by the redefined function, is still the stored one.
  const [chain] = await query(
    `select count(*)::int as n, count(*) filter (where hash is distinct from audit_event_hash(a))::int as broken from audit_events a`,
  );
  expect(chain).toEqual({ n: fixture.tables.audit_events!.length, broken: 0 });
  // The redefined health trigger functions run and mark what changed.
  await query(`delete from item_health_dirty`);
  await query(
    `update work_items set title = title where id = (select min(id) from work_items where status <> 'draft')`,
  );
  const [marked] = await query(`select count(*)::int as n from item_health_dirty`);
  expect(marked!.n).toBe(1);
  // New audit records join the chain after the old ones.
  await query(`insert into audit_events (actor_name, action, entity_type) values ('test', 'test.rename', 'test')`);
  const [last] = await query(
    `select a.prev_hash = (select hash from audit_events where seq = a.seq - 1) as linked, a.hash = audit_event_hash(a) as valid
      from audit_events a order by seq desc limit 1`,
  );
  expect(last).toEqual({ linked: true, valid: true });
  // And the migrations after it apply on top.
  await migrate(MIGRATIONS);
}

describe("migration 0009: snake_case column names", () => {
  it("keeps every row of a database filled by the browser suite (PGlite)", async () => {
    const client = new PGlite();
    try {
      const db = drizzlePglite(client);
      await checkRename(
        async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
        (folder) => migratePglite(db, { migrationsFolder: folder }),
      );
    } finally {
      await client.close();
    }
  }, 120_000);

  // The PostgreSQL case belongs to the suite's PostgreSQL pass (DATABASE_URL set: `.ci/run` runs both).
  if (process.env.DATABASE_URL)
    it("keeps every row of a database filled by the browser suite (PostgreSQL)", async () => {
      const url = new URL(process.env.DATABASE_URL!);
      const name = `duban_rename_${Date.now().toString(36)}${process.pid}`;
      const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}"`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const client = postgres(target.toString(), { max: 1, onnotice: () => {} });
      try {
        const db = drizzlePostgres(client);
        await checkRename(
          async (text, params) => [...(await client.unsafe(text, params as never[]))] as Record<string, unknown>[],
          (folder) => migratePostgres(db, { migrationsFolder: folder }),
        );
      } finally {
        await client.end();
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
    }, 120_000);
});
