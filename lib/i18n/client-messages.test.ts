import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, isClientNamespace } from "./client-messages";

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "messages" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module that runs in the browser: those marked "use client" and all they import from the project. */
function clientModules(): Set<string> {
  const all = SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const queue = all.filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolveImport(file, spec!);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

describe("the messages sent to the browser", () => {
  it("cover every namespace a client component translates with", () => {
    const missing: string[] = [];
    const modules = clientModules();
    expect(modules.size).toBeGreaterThan(40);
    for (const file of modules) {
      for (const [, ns] of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) {
        if (!isClientNamespace(ns!)) missing.push(`${path.relative(ROOT, file)}: ${ns}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("cover every message ref, which forms render in the browser", () => {
    const missing = new Set<string>();
    for (const file of SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
      for (const [, key] of readFileSync(file, "utf8").matchAll(/\bmsg\(\s*["']([a-zA-Z][\w.]*)["']/g)) {
        if (!isClientNamespace(key!)) missing.add(key!);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("name namespaces that exist, and keep only them", () => {
    const dir = path.join(ROOT, "lib/i18n/messages/zh-CN");
    const messages = Object.fromEntries(
      readdirSync(dir).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]),
    );
    const picked = clientMessages(messages);
    for (const ns of CLIENT_NAMESPACES) {
      const value = ns.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], picked);
      expect(value, ns).toBeDefined();
    }
    expect(picked).not.toHaveProperty("audit");
    expect(picked).not.toHaveProperty("auditLabels");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages).length * 0.75);
  });
});
