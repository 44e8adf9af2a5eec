/**
 * npm run db:backup -- FILE     (PostgreSQL: pg_dump custom format; PGlite: stop the app first)
 * npm run db:restore -- FILE [--force]
 */
import { pgliteDir } from "@/db";
import { BackupError, backupPglite, backupPostgres, restorePglite, restorePostgres } from "@/db/backup";
import { EnvError, parseEnv } from "@/lib/env";

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, " ")}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const restore = process.argv.includes("--restore");
  const force = process.argv.includes("--force");
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) fail(restore ? "用法: npm run db:restore -- 备份文件 [--force]" : "用法: npm run db:backup -- 备份文件");
  const env = parseEnv(process.env);
  if (env.DATABASE_URL) {
    await (restore ? restorePostgres(env.DATABASE_URL, file, { force }) : backupPostgres(env.DATABASE_URL, file));
  } else {
    const dir = pgliteDir();
    await (restore ? restorePglite(dir, file, { force }) : backupPglite(dir, file));
  }
  console.log(restore ? `已从 ${file} 恢复 (restored)` : `已备份到 ${file} (backup written)`);
}

main().catch((error: unknown) => {
  if (error instanceof BackupError || error instanceof EnvError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
