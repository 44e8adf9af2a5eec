import { describe, expect, it } from "vitest";
import { EnvError, isDemoMode, parseEnv } from "./env";

describe("environment validation", () => {
  it("accepts an empty environment with safe defaults (embedded database, port 3000)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SESSION_IDLE_HOURS).toBe(8);
  });

  it("names the variable in one line when DATABASE_URL is nonsense", () => {
    expect(() => parseEnv({ DATABASE_URL: "nonsense" })).toThrow(EnvError);
    try {
      parseEnv({ DATABASE_URL: "nonsense" });
    } catch (error) {
      expect((error as Error).message).toContain("DATABASE_URL");
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("requires NEXTAUTH_SECRET in production on PostgreSQL", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db" })).toThrow(/NEXTAUTH_SECRET/);
    expect(
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db", NEXTAUTH_SECRET: "x".repeat(32) })
        .DATABASE_URL,
    ).toBe("postgres://u@h/db");
  });

  it("treats blank values as unset and rejects an impossible APP_TODAY", () => {
    expect(parseEnv({ DATABASE_URL: "  ", PORT: "" }).DATABASE_URL).toBeUndefined();
    expect(() => parseEnv({ APP_TODAY: "2026-13-45" })).toThrow(/APP_TODAY/);
  });

  it("is a demo unless NODE_ENV=production; DEMO=0 and DEMO=1 decide explicitly", () => {
    expect(isDemoMode(parseEnv({}))).toBe(true);
    expect(isDemoMode(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(isDemoMode(parseEnv({ DEMO: "0" }))).toBe(false);
    expect(isDemoMode(parseEnv({ NODE_ENV: "production", DEMO: "1" }))).toBe(true);
    expect(() => parseEnv({ DEMO: "yes" })).toThrow(/DEMO/);
  });

  it("has an absolute session lifetime and trusts no proxy unless told", () => {
    const env = parseEnv({});
    expect(env.SESSION_MAX_HOURS).toBe(12);
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ SESSION_MAX_HOURS: "4", TRUSTED_PROXY_HOPS: "1" })).toMatchObject({
      SESSION_MAX_HOURS: 4,
      TRUSTED_PROXY_HOPS: 1,
    });
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("requires a second factor for admins and the secretariat outside demo mode only", () => {
    expect(parseEnv({}).MFA_REQUIRED_ROLES).toEqual([]);
    expect(parseEnv({ NODE_ENV: "production" }).MFA_REQUIRED_ROLES).toEqual(["admin", "secretariat"]);
    expect(parseEnv({ DEMO: "0" }).MFA_REQUIRED_ROLES).toEqual(["admin", "secretariat"]);
    expect(parseEnv({ NODE_ENV: "production", DEMO: "1" }).MFA_REQUIRED_ROLES).toEqual([]);
    expect(parseEnv({ NODE_ENV: "production", MFA_REQUIRED_ROLES: "" }).MFA_REQUIRED_ROLES).toEqual([]);
    expect(parseEnv({ MFA_REQUIRED_ROLES: "admin, supervisor" }).MFA_REQUIRED_ROLES).toEqual(["admin", "supervisor"]);
    expect(() => parseEnv({ MFA_REQUIRED_ROLES: "admin,boss" })).toThrow(/MFA_REQUIRED_ROLES/);
  });
});
