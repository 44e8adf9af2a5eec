import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import type { ActionResult } from "@/lib/actions/result";
import { snapshotData } from "@/lib/test/snapshot";
import { actAs } from "@/lib/test/session";

/**
 * The demo accounts the matrix signs in as. In data made by `createTestPlan()` with its defaults,
 * kjj (市科技局) holds the lead assignment, swj (市商务局) supports, furong (芙蓉区) is not assigned;
 * auditor (审计员) reads the audit trail only and must be refused every change.
 */
export const PERSONAS = ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong", "auditor"] as const;
export type Persona = (typeof PERSONAS)[number];

export interface MatrixCase<T> {
  /** The permission or mutation name, e.g. "item.dispatch". */
  action: string;
  /** Personas that must succeed; every other persona must be refused with nothing changed. */
  allowed: readonly Persona[];
  /** Fresh data for one call (runs before signing in, as no one in particular). */
  prepare: () => Promise<T>;
  /** Calls the real server action or route handler. */
  call: (context: T) => Promise<ActionResult<unknown> | Response>;
}

/**
 * Types one case on its own, so a file can list cases whose contexts differ:
 * `describeMatrix("x", [matrixCase({ prepare: () => createTestUser(…), call: (user) => … }), …])`.
 */
export function matrixCase<T>(testCase: MatrixCase<T>): MatrixCase<unknown> {
  return testCase as unknown as MatrixCase<unknown>;
}

async function outcome(
  result: ActionResult<unknown> | Response,
): Promise<{ ok: boolean; refused: boolean; detail: string }> {
  if (result instanceof Response) {
    // A route may hide what the caller may not see behind the same 404 as a missing record.
    const refused = result.status === 403 || result.status === 401 || result.status === 404;
    return { ok: result.ok, refused, detail: `HTTP ${result.status}` };
  }
  return {
    ok: result.ok,
    refused: !result.ok && (result.code === "forbidden" || result.code === "unauthenticated"),
    detail: result.ok ? "ok" : `${result.code}: ${result.error}`,
  };
}

/** Declares one test per case × persona: allowed ones succeed, others are refused and change no row. */
export function describeMatrix<T>(title: string, cases: MatrixCase<T>[]): void {
  describe(title, () => {
    beforeAll(setupTestDatabase);
    for (const testCase of cases) {
      for (const persona of PERSONAS) {
        const allowed = testCase.allowed.includes(persona);
        it(`${testCase.action} as ${persona} is ${allowed ? "allowed" : "refused"}`, async () => {
          await actAs(null);
          const context = await testCase.prepare();
          await actAs(persona);
          const before = allowed ? null : await snapshotData();
          const result = await outcome(await testCase.call(context));
          if (allowed) {
            expect(result.ok, result.detail).toBe(true);
          } else {
            expect(result.refused, result.detail).toBe(true);
            expect(await snapshotData()).toEqual(before);
          }
        });
      }
    }
  });
}
