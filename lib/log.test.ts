import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/safe-action";
import { actAs } from "@/lib/test/session";
import { setupTestDatabase } from "@/db/test-utils";
import { createLogger, logger } from "./log";

const SECRET = "hunter2-very-secret";

describe("request logs", () => {
  beforeAll(setupTestDatabase);
  afterEach(() => vi.restoreAllMocks());

  it("one JSON record per action: request id, user id, action, outcome, duration; never the input", async () => {
    const user = (await actAs("secretariat"))!;
    const info = vi.spyOn(logger, "info");
    const warn = vi.spyOn(logger, "warn");
    const action = authorizedAction(
      "plan.import",
      z.object({ password: z.string(), n: z.number().max(1) }),
      async () => "done",
    );

    expect(await action({ password: SECRET, n: 1 })).toEqual({ ok: true, data: "done" });
    expect(await action({ password: SECRET, n: 5 })).toMatchObject({ ok: false, code: "validation" });

    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]![0]).toMatchObject({
      userId: user.id,
      action: "plan.import",
      outcome: "ok",
      requestId: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(warn.mock.calls[0]![0]).toMatchObject({ userId: user.id, action: "plan.import", outcome: "validation" });
    expect(JSON.stringify([info.mock.calls, warn.mock.calls])).not.toContain(SECRET);
  });

  it("redacts password, token and content fields should one reach the logger", () => {
    const lines: string[] = [];
    const captured = createLogger({ write: (line: string) => void lines.push(line) });
    captured.level = "info"; // tests run with LOG_LEVEL=silent
    captured.info({ password: SECRET, user: { passwordHash: SECRET }, file: { content: SECRET } }, "oops");
    const output = lines.join("");
    expect(output).not.toContain(SECRET);
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toMatchObject({ password: "[redacted]", msg: "oops" });
  });
});
