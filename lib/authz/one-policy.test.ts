import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { USER_ROLES } from "@/db/schema/users";

/**
 * "The one policy": who may do what is decided in lib/authz and nowhere else. Outside it, code asks
 * can() / scopeOf() / the role helpers; it never compares an account's role or keeps a role list.
 * (An assignment's role, 牵头 or 配合, is plan data, not an account's role, and stays allowed.)
 */
const ROOTS = ["app", "components", "lib", "db", "scripts", "proxy.ts", "instrumentation.ts"];
/** Where the roles themselves are defined (the database enum). */
const DEFINITIONS = new Set([path.join("db", "schema", "roles.ts")]);
const names = USER_ROLES.join("|");
const RULES: { what: string; pattern: RegExp }[] = [
  {
    what: "compares an account's role",
    pattern: /\b(user|actor|session\.user|viewer)\.role\s*[!=]==|[!=]==\s*(user|actor|session\.user|viewer)\.role\b/,
  },
  { what: "compares with a role name", pattern: new RegExp(`[!=]==\\s*"(${names})"|"(${names})"\\s*[!=]==`) },
  { what: "switches on a role name", pattern: new RegExp(`case\\s+"(${names})"\\s*:`) },
  { what: "keeps a list of roles", pattern: /\broles\s*[:=]\s*\[|\.includes\(\s*\w+\.role\s*\)|_ROLES\s*=\s*\[/ },
];

function sourceFiles(entry: string): string[] {
  const full = path.resolve(entry);
  try {
    if (!readdirSync(full, { withFileTypes: true })) return [];
  } catch {
    return /\.(ts|tsx)$/.test(entry) ? [entry] : [];
  }
  return readdirSync(full, { withFileTypes: true }).flatMap((d) => {
    const child = path.join(entry, d.name);
    if (d.isDirectory())
      return d.name === "node_modules" || child === path.join("lib", "authz") ? [] : sourceFiles(child);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [child] : [];
  });
}

describe("one authorisation policy", () => {
  it("no file outside lib/authz decides by an account's role", () => {
    const files = ROOTS.flatMap(sourceFiles).filter((f) => !DEFINITIONS.has(f));
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const rule of RULES)
            if (rule.pattern.test(line)) found.push(`${file}:${i + 1} ${rule.what}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("catches each kind of role check it forbids", () => {
    const samples = [
      'if (user.role === "leader") return;',
      'const home = actor.role !== "liaison";',
      'if (kind === "auditor") {}',
      'case "secretariat":',
      'roles: ["admin", "supervisor"],',
      "ALLOWED.includes(user.role)",
    ];
    for (const sample of samples)
      expect(
        RULES.some((r) => r.pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(RULES.some((r) => r.pattern.test('a.role === "lead" ? "牵头" : "配合"'))).toBe(false);
  });
});
