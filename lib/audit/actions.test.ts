import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { AUDIT_ACTIONS } from "./actions";

function labels(locale: string): Record<string, unknown> {
  const file = path.resolve("lib/i18n/messages", locale, "audit.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { actions: Record<string, unknown> }).actions;
}

/** `a.b.c` looked up in nested messages, as next-intl does. */
function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

describe("audit actions", () => {
  for (const locale of LOCALES) {
    it(`every recorded action reads as words in ${locale}`, () => {
      const tree = labels(locale);
      const missing = AUDIT_ACTIONS.filter((action) => typeof lookup(tree, action) !== "string");
      expect(missing).toEqual([]);
    });
  }

  it("names each action once", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
