import { z } from "zod";
import { USER_ROLES, type UserRole } from "../db/schema/roles";

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "须为 YYYY-MM-DD 日期")
  .refine((v) => {
    const parsed = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(v);
  }, "不是有效日期");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "须为 postgres:// 或 postgresql:// 开头的连接串")
        .optional(),
    ),
    /**
     * PostgreSQL only: migrations run through this connection (the database owner) while the app
     * runs as DATABASE_URL's role, which may only INSERT and SELECT audit records (npm run db:roles).
     */
    MIGRATION_DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "须为 postgres:// 或 postgresql:// 开头的连接串")
        .optional(),
    ),
    DATA_DIR: optionalText.pipe(z.string().default(".data")),
    /** PGlite data folder; `memory://` keeps the database in memory (tests). */
    PGLITE_DIR: optionalText,
    NEXTAUTH_SECRET: optionalText.pipe(z.string().min(16, "至少 16 个字符").optional()),
    NEXTAUTH_URL: optionalText.pipe(z.url("须为完整网址,如 http://localhost:3000").optional()),
    PORT: blankAsUnset(z.coerce.number().int("须为整数").min(1).max(65535).default(3000)),
    /** Demo and test override of "today" (Asia/Shanghai calendar date). */
    APP_TODAY: optionalText.pipe(calendarDate.optional()),
    SESSION_IDLE_HOURS: blankAsUnset(
      z.coerce
        .number()
        .positive("须为正数")
        .max(24 * 30)
        .default(8),
    ),
    /** A session ends this many hours after sign-in, however active it stays. */
    SESSION_MAX_HOURS: blankAsUnset(
      z.coerce
        .number()
        .positive("须为正数")
        .max(24 * 30)
        .default(12),
    ),
    /** How many reverse proxies in front of the app append to X-Forwarded-For; 0 = use the socket address only. */
    TRUSTED_PROXY_HOPS: blankAsUnset(z.coerce.number().int("须为整数").min(0).max(10).default(0)),
    /**
     * Roles that must sign in with a second factor, comma separated. Unset: admin and secretariat
     * outside demo mode (NODE_ENV=production or DEMO=0), none in demo; set but empty: none.
     */
    MFA_REQUIRED_ROLES: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const roles = v
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean);
        const unknown = roles.filter((r) => !(USER_ROLES as readonly string[]).includes(r));
        if (unknown.length) {
          ctx.addIssue({ code: "custom", message: `未知角色 ${unknown.join("、")}(可用:${USER_ROLES.join(",")})` });
          return z.NEVER;
        }
        return roles as UserRole[];
      }),
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, "须为 smtp:// 或 smtps:// 网址")
        .optional(),
    ),
    MAIL_FROM: optionalText,
    WEBHOOK_URL: optionalText.pipe(z.url("须为完整网址").optional()),
    WEBHOOK_KIND: optionalText.pipe(z.enum(["dingtalk", "wecom"]).default("dingtalk")),
    /**
     * `off` turns off the cache of shared aggregates (board, ranking, homes), which are otherwise
     * reused while no transaction has changed the plan data (lib/services/data-version.ts);
     * `DATA_CACHE=off npm run bench:load` measures the pages without it.
     */
    DATA_CACHE: optionalText.pipe(z.enum(["on", "off"], "须为 on 或 off").default("on")),
    /** "1" turns off the background worker (reminder scan, outbox delivery) in this instance. */
    JOBS_DISABLED: optionalText.pipe(z.enum(["0", "1"], "须为 0 或 1").default("0")),
    /** "1" demo mode, "0" production mode; unset → demo unless NODE_ENV=production (see isDemoMode). */
    DEMO: optionalText.pipe(z.enum(["0", "1"], "须为 0 或 1").optional()),
    /** pino level for the JSON logs (default info). */
    LOG_LEVEL: optionalText.pipe(
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "生产环境连接 PostgreSQL 时必须设置 (required in production with DATABASE_URL)",
      });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, "MFA_REQUIRED_ROLES"> & { MFA_REQUIRED_ROLES: UserRole[] };

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError with one line naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) {
    const mfa =
      result.data.MFA_REQUIRED_ROLES ?? (isDemoMode(result.data) ? [] : (["admin", "secretariat"] as UserRole[]));
    return { ...result.data, MFA_REQUIRED_ROLES: mfa };
  }
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new EnvError(`环境变量 ${name} 无效 (invalid ${name}): ${issue?.message ?? "格式不正确"}`);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Demo mode seeds the Changsha plan and the demo accounts and prints their password on the sign-in
 * page. It is on by default and off when NODE_ENV=production; DEMO=1 or DEMO=0 decides explicitly.
 * `npm start` resolves it once and passes DEMO on to the server (which `next start` always runs with
 * NODE_ENV=production).
 */
export function isDemoMode(env: Pick<Env, "DEMO" | "NODE_ENV"> = getEnv()): boolean {
  if (env.DEMO !== undefined) return env.DEMO === "1";
  return env.NODE_ENV !== "production";
}
