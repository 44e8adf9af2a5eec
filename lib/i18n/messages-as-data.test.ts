import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { msg, parseMsg, renderMsg } from "./message-ref";

/**
 * Services, validations and actions emit data, not prose: errors and zod messages are message refs
 * (`msg(key, values)`) rendered in the reader's language at the edge. Comments may name things in
 * Chinese (the glossary's terms); code may not carry Chinese text.
 */
const NO_PROSE = ["lib/services", "lib/validations", "lib/actions"];
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

function files(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const child = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : files(child, pattern);
    return pattern.test(d.name) && !/\.test(-helpers)?\.tsx?$/.test(d.name) ? [child] : [];
  });
}

/** Every piece of code text (literals, identifiers, JSX text) outside comments that holds a CJK character. */
export function proseIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  // Tokens without child nodes (template heads and tails included) are the leaves forEachChild reaches.
  const leaves = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      if (node.kind !== ts.SyntaxKind.EndOfFileToken && CJK.test(node.getText(source))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${file}:${line + 1} ${node.getText(source).slice(0, 80)}`);
      }
      return;
    }
    children.forEach(leaves);
  };
  leaves(source);
  return found;
}

function keyExists(messages: Record<string, unknown>, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

function loadAll(locale: string): Record<string, unknown> {
  const dir = path.join("lib", "i18n", "messages", locale);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]),
  );
}

describe("messages are data", () => {
  it("no Chinese text in the code of lib/services, lib/validations or lib/actions", () => {
    const found = NO_PROSE.flatMap((dir) => files(dir)).flatMap((file) => proseIn(file, readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });

  it("the scan sees Chinese in literals, templates and identifiers, not in comments", () => {
    const sample = [
      "// 交办: a comment",
      "/** 签收 */",
      'const a = "已交办";',
      "const b = `${x}已交办`;",
      "const c = `${x} of ${y}件`;",
      "const 变量 = 1;",
    ].join("\n");
    expect(proseIn("sample.ts", sample).map((f) => f.split(" ")[0])).toEqual([
      "sample.ts:3",
      "sample.ts:4",
      "sample.ts:5",
      "sample.ts:6",
    ]);
  });

  it("every message key the code names exists in every language", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib", "db", "scripts"].flatMap((dir) => files(dir))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bmsg\(\s*"([\w.-]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const locale of LOCALES) {
      const messages = loadAll(locale);
      expect(
        [...used].filter((key) => !keyExists(messages, key)),
        locale,
      ).toEqual([]);
    }
  });

  it("a ref carries its values, renders nested refs, and leaves plain text alone", () => {
    const ref = msg("errors.x.tooLong", { field: msg("validation.fields.reason"), max: 500 });
    expect(parseMsg(ref)).toEqual({
      key: "errors.x.tooLong",
      values: { field: msg("validation.fields.reason"), max: 500 },
    });
    const t = (key: string, values: Record<string, string | number>) => `${key}(${Object.values(values).join(",")})`;
    expect(renderMsg(t, ref)).toBe("errors.x.tooLong(validation.fields.reason(),500)");
    expect(renderMsg(t, "已保存 @home")).toBe("已保存 @home");
    expect(renderMsg(t, "@not a key")).toBe("@not a key");
    // A user's own text that looks like a key (a file named "@report.pdf") stays as written.
    expect(renderMsg(t, msg("errors.x.file", { name: "@report.pdf" }))).toBe("errors.x.file(@report.pdf)");
  });
});
