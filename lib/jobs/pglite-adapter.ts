import type { PGlite } from "@electric-sql/pglite";

/**
 * pg-boss talks to the database through `executeSql`; on PGlite (one in-process connection) it
 * goes through the app's own client. Multi-statement text without parameters (pg-boss's schema
 * migrations and locked transactions) runs with `exec`; everything else with `query`.
 */
export function pgliteExecutor(client: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
      if (values && values.length > 0) {
        const result = await client.query(text, values as unknown[]);
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
