/**
 * npm run admin:create -- --username NAME [--name 显示名]
 * Creates an administrator. The password is read from standard input when something is piped in;
 * otherwise one is generated and printed once. Either way it must be changed at first sign-in.
 */
import { closeDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { AppError } from "@/lib/errors";
import { createAdministrator } from "@/lib/services/deployment";

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, " ")}\n`);
  process.exit(1);
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const username = flag(args, "--username");
  if (!username) fail("用法: npm run admin:create -- --username 用户名 [--name 显示名]  (密码可从标准输入传入)");
  const password = await readStdin();
  await migrateDatabase();
  try {
    const created = await createAdministrator({
      username,
      displayName: flag(args, "--name"),
      password: password || undefined,
    });
    console.log(
      `已创建系统管理员 ${created.username} (administrator created); 首次登录须修改密码 (must change the password at first sign-in)`,
    );
    if (created.generatedPassword)
      console.log(`临时密码 (temporary password, shown once): ${created.generatedPassword}`);
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    throw error;
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
