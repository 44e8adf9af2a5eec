import { describe, expect, it } from "vitest";
import { backoffMs, retryUntilStarted } from "./retry";

describe("starting the job worker while the database is away", () => {
  it("tries again after each failure until the start succeeds", async () => {
    let calls = 0;
    const errors: number[] = [];
    const retrying = retryUntilStarted(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error("connect ECONNREFUSED");
        return "started";
      },
      { onError: (_error, attempt) => errors.push(attempt), delayMs: () => 5 },
    );
    expect(await retrying.result).toBe("started");
    expect(calls).toBe(3);
    expect(errors).toEqual([1, 2]);
  });

  it("stops trying once cancelled (the server is shutting down)", async () => {
    let calls = 0;
    const retrying = retryUntilStarted(
      async () => {
        calls += 1;
        throw new Error("connect ECONNREFUSED");
      },
      { onError: () => {}, delayMs: () => 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    retrying.cancel();
    expect(await retrying.result).toBeUndefined();
    expect(calls).toBe(1);
  });

  it("waits longer after each failure, up to a minute", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(60_000);
  });
});
