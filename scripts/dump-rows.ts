/**
 * Writes every row of every table of an embedded (PGlite) database to a gzipped JSON file:
 * `tsx scripts/dump-rows.ts <pglite data dir> <out.json.gz>`. It made the fixture the snake_case
 * migration is tested on (db/fixtures/e2e-filled-0008.json.gz): the database the whole browser suite
 * left behind at migration 0008, before the columns were renamed.
 */
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";

async function main() {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) throw new Error("usage: tsx scripts/dump-rows.ts <pglite data dir> <out.json.gz>");
  const client = new PGlite(dir);
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const data: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      // json keeps every value as PostgreSQL prints it, so loading it back needs no type knowledge;
      // bytea (file contents) travels as hex text.
      const { rows } = await client.query<{ r: unknown }>(`select to_json(t) as r from "${name}" t`);
      data[name] = rows.map((row) => row.r);
    }
    const { rows: migrations } = await client.query<{ n: number }>(
      `select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    writeFileSync(out, gzipSync(JSON.stringify({ migrations: migrations[0]!.n, tables: data })));
    console.log(
      Object.entries(data)
        .map(([t, r]) => `${t}: ${r.length}`)
        .join("\n"),
    );
  } finally {
    await client.close();
  }
}

void main();
