/** What every start does before serving: migrate, seed in demo mode, and (production) the demo-password check. */

export class PrepareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PrepareError";
  }
}

export async function prepareDatabase(demo: boolean): Promise<void> {
  const { migrateDatabase } = await import("@/db/migrate");
  const { seedDatabase } = await import("@/db/seed");
  const { activeDemoPasswordAccounts } = await import("@/lib/services/deployment");
  const { closeDb } = await import("@/db");
  let demoPasswordAccounts: string[];
  try {
    await migrateDatabase();
    await seedDatabase({ demo });
    demoPasswordAccounts = demo ? [] : await activeDemoPasswordAccounts();
  } catch (error) {
    // drizzle wraps driver errors ("Failed query: …"); the cause says what is actually wrong.
    const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const detail = root instanceof Error ? root.message.split("\n")[0] : String(root);
    throw new PrepareError(
      `数据库不可用 (database unavailable): ${detail || (root as { code?: string }).code || "连接失败"}`,
    );
  } finally {
    await closeDb().catch(() => {});
  }
  if (demoPasswordAccounts.length > 0) {
    throw new PrepareError(
      `拒绝启动: 以下在用账号仍使用演示密码 (refusing to start: active accounts with the demo password): ${demoPasswordAccounts.join(", ")}; 请运行 npm run demo:remove 或修改其密码`,
    );
  }
}
