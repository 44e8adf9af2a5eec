import "server-only";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

/**
 * Backup and restore, one way per driver. PostgreSQL: pg_dump's custom format, read back with
 * pg_restore. PGlite: its own dump of the data directory (a gzipped tar). Evidence files live in the
 * database (file_blobs), so both include them. A restore refuses a database that already holds
 * tables unless `force` is given, which first empties it.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** Schemas the app writes: its tables, drizzle's migration log, the job queue. */
const APP_SCHEMAS = ["public", "drizzle", "pgboss"];
const PG_DUMP_MAGIC = "PGDMP";

/** libpq environment for a connection string, so the password never appears on a command line. */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(u.hostname) || "localhost",
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.error) throw new BackupError(`${command} 无法运行 (cannot run): ${result.error.message}`);
  if (result.status !== 0) {
    const detail = (result.stderr || "").trim().split("\n")[0] ?? "";
    throw new BackupError(`${command} 失败 (failed): ${detail}`);
  }
}

async function postgresTableCount(url: string): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] =
      await client`select count(*)::int as n from information_schema.tables where table_schema in ${client(APP_SCHEMAS)}`;
    return row!.n as number;
  } finally {
    await client.end();
  }
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", path.resolve(file)], libpqEnv(url));
}

export async function restorePostgres(url: string, file: string, { force = false } = {}): Promise<void> {
  const head = readFileSync(file).subarray(0, PG_DUMP_MAGIC.length).toString("latin1");
  if (head !== PG_DUMP_MAGIC)
    throw new BackupError("备份文件不是 PostgreSQL 备份 (not a PostgreSQL backup made by db:backup)");
  if ((await postgresTableCount(url)) > 0) {
    if (!force)
      throw new BackupError(
        "目标数据库不是空的,未恢复;确认覆盖请加 --force (database not empty; add --force to replace it)",
      );
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      for (const schema of APP_SCHEMAS) await client.unsafe(`drop schema if exists "${schema}" cascade`);
      await client.unsafe(`create schema if not exists public`);
    } finally {
      await client.end();
    }
  }
  run(
    "pg_restore",
    [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      "--dbname",
      libpqEnv(url).PGDATABASE!,
      path.resolve(file),
    ],
    libpqEnv(url),
  );
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** The app must be stopped: PGlite allows one process per data directory. */
export async function backupPglite(dir: string, file: string): Promise<void> {
  if (isEmptyDir(dir)) throw new BackupError(`没有数据库可备份 (no database in ${dir})`);
  const client = new PGlite(dir);
  try {
    // dumpDataDir does not wait for the database to open; a first query does.
    await client.query("select 1");
    const dump = await client.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

async function pgliteTableCount(dir: string): Promise<number> {
  if (isEmptyDir(dir)) return 0;
  const client = new PGlite(dir);
  try {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema = any($1)`,
      [APP_SCHEMAS],
    );
    return result.rows[0]!.n;
  } finally {
    await client.close();
  }
}

export async function restorePglite(dir: string, file: string, { force = false } = {}): Promise<void> {
  const bytes = readFileSync(file);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    throw new BackupError("备份文件不是嵌入式数据库备份 (not a PGlite backup made by db:backup)");
  if ((await pgliteTableCount(dir)) > 0 && !force) {
    throw new BackupError(
      "目标数据库不是空的,未恢复;确认覆盖请加 --force (database not empty; add --force to replace it)",
    );
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { loadDataDir: new Blob([bytes]) });
  try {
    await client.query("select 1");
  } finally {
    await client.close();
  }
}
