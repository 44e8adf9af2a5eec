/**
 * The container's first step (see Dockerfile): validate the environment, migrate, seed in demo mode,
 * refuse active demo passwords in production; then the entry runs `node server.js`.
 * Bundled with esbuild at image build time, since the image has no TypeScript tooling.
 */
import { EnvError, isDemoMode, parseEnv } from "@/lib/env";
import { PrepareError, prepareDatabase } from "./prepare-database";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  await prepareDatabase(isDemoMode(env));
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof PrepareError;
  process.stderr.write(`${known ? (error as Error).message : `启动失败 (start failed): ${String(error)}`}\n`);
  process.exit(1);
});
