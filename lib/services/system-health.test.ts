import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { GET } from "@/app/api/health/route";

const journal = JSON.parse(readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};

describe("GET /api/health", () => {
  beforeAll(setupTestDatabase);

  it("answers 200 with the number of applied migrations, and nothing else", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", migrations: journal.entries.length });
  });
});
