/**
 * npm run -s plan:parse -- <file> [--directory directory.json]
 * Prints the plan draft as JSON on stdout and nothing else; on failure one line on stderr, exit 1.
 */
import { readFile } from "node:fs/promises";
import {
  CHANGSHA_DIRECTORY,
  departmentDirectorySchema,
  importPlanFile,
  type DepartmentDirectory,
} from "@/lib/plan-import";

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, " ")}\n`);
  process.exit(1);
}

async function loadDirectory(path: string | undefined): Promise<DepartmentDirectory> {
  if (!path) return CHANGSHA_DIRECTORY;
  const parsed = departmentDirectorySchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) fail(`单位目录文件“${path}”格式不正确: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

async function main() {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf("--directory");
  const directoryPath = dirFlag >= 0 ? args[dirFlag + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && (dirFlag < 0 || i !== dirFlag + 1));
  if (!file) fail("用法: npm run -s plan:parse -- <文件> [--directory 单位目录.json]");
  const buffer = await readFile(file).catch(() => fail(`无法读取文件“${file}”`));
  const directory = await loadDirectory(directoryPath);
  const draft = await importPlanFile(buffer, file, { directory });
  process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
