/**
 * `npm run db:roles` (PostgreSQL only): separates the database owner from the role the app runs as.
 *
 * Run it as a superuser on the app's database (DATABASE_URL), with DB_OWNER_PASSWORD and
 * DB_APP_PASSWORD set. It applies pending migrations first, then (idempotently):
 * - role DB_OWNER_ROLE (default duban_owner) owns the schema, tables, types and functions: migrations
 *   run as it (MIGRATION_DATABASE_URL);
 * - role DB_APP_ROLE (default duban_app) is what the app connects as (DATABASE_URL): it reads and
 *   writes every table except audit_events, where it may only INSERT and SELECT, so neither the app
 *   nor anyone holding its password can change or delete an audit record; it owns the job queue
 *   schema (pgboss), which pg-boss maintains itself.
 * Run it again after each upgrade: new tables get the app's rights through default privileges, and
 * the audit table's limits are re-applied.
 */
import postgres from "postgres";
import { closeDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

function setting(name: string, fallback?: string): string {
  const value = process.env[name]?.trim() || fallback;
  if (!value) throw new Error(`环境变量 ${name} 未设置 (${name} is required)`);
  return value;
}

async function main(): Promise<void> {
  const url = setting("DATABASE_URL");
  const owner = setting("DB_OWNER_ROLE", "duban_owner");
  const app = setting("DB_APP_ROLE", "duban_app");
  for (const [name, role] of [
    ["DB_OWNER_ROLE", owner],
    ["DB_APP_ROLE", app],
  ]) {
    if (!IDENT.test(role!))
      throw new Error(`环境变量 ${name} 须为小写字母、数字和下划线 (${name}: lower-case identifier)`);
  }
  const passwords = { [owner]: setting("DB_OWNER_PASSWORD"), [app]: setting("DB_APP_PASSWORD") };

  await migrateDatabase();
  await closeDb();

  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      for (const role of [owner, app]) {
        const [exists] = await tx`select 1 from pg_roles where rolname = ${role}`;
        // DDL takes no parameters: the server quotes the password as a literal.
        await tx.unsafe(
          `${exists ? "alter" : "create"} role ${role} login password ${await literal(tx, passwords[role]!)}`,
        );
      }
      const [{ db }] = await tx`select current_database() as db`;
      await tx.unsafe(`grant connect, create, temporary on database "${db}" to ${owner}`);
      // CREATE only because pg-boss checks its schema with CREATE SCHEMA IF NOT EXISTS at start; a
      // schema of its own gives no right on the owner's tables.
      await tx.unsafe(`grant connect, create, temporary on database "${db}" to ${app}`);
      // The owner owns everything migrations made (schema public and drizzle's bookkeeping).
      await tx.unsafe(`
        do $$
        declare r record;
        begin
          for r in select nspname from pg_namespace where nspname in ('public', 'drizzle') loop
            execute format('alter schema %I owner to ${owner}', r.nspname);
          end loop;
          for r in select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'm') loop
            execute format('alter table %I.%I owner to ${owner}', r.nspname, r.relname);
          end loop;
          for r in select n.nspname, t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where n.nspname = 'public' and t.typtype = 'e' loop
            execute format('alter type %I.%I owner to ${owner}', r.nspname, r.typname);
          end loop;
          for r in select p.oid::regprocedure as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   where n.nspname = 'public' loop
            execute format('alter function %s owner to ${owner}', r.f);
          end loop;
        end $$`);
      // The app: data rights everywhere, but on audit_events only INSERT and SELECT.
      await tx.unsafe(`grant usage on schema public to ${app}`);
      await tx.unsafe(`grant select, insert, update, delete on all tables in schema public to ${app}`);
      await tx.unsafe(`revoke update, delete, truncate, references, trigger on audit_events from ${app}`);
      await tx.unsafe(`grant usage, select on all sequences in schema public to ${app}`);
      await tx.unsafe(
        `alter default privileges for role ${owner} in schema public grant select, insert, update, delete on tables to ${app}`,
      );
      await tx.unsafe(
        `alter default privileges for role ${owner} in schema public grant usage, select on sequences to ${app}`,
      );
      // pg-boss keeps its queue in its own schema and migrates it itself: the app owns that one.
      await tx.unsafe(`create schema if not exists pgboss authorization ${app}`);
      await tx.unsafe(`
        do $$
        declare r record;
        begin
          execute 'alter schema pgboss owner to ${app}';
          for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'pgboss' and c.relkind in ('r', 'p', 'v', 'm') loop
            execute format('alter table pgboss.%I owner to ${app}', r.relname);
          end loop;
          for r in select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where n.nspname = 'pgboss' and t.typtype = 'e' loop
            execute format('alter type pgboss.%I owner to ${app}', r.typname);
          end loop;
          for r in select p.oid::regprocedure as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   where n.nspname = 'pgboss' loop
            execute format('alter function %s owner to ${app}', r.f);
          end loop;
        end $$`);
    });
  } finally {
    await sql.end();
  }
  console.log(`数据库角色已就绪 (roles ready): 迁移用 ${owner},应用用 ${app}(审计表仅可插入和查询)`);
}

/** A string as an SQL literal, quoted by the server itself. */
async function literal(tx: postgres.TransactionSql, value: string): Promise<string> {
  const [row] = await tx`select quote_literal(${value}::text) as q`;
  return row!.q as string;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
