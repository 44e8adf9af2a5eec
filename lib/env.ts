import { z } from "zod";

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
    SESSION_IDLE_HOURS: blankAsUnset(z.coerce.number().positive("须为正数").max(24 * 30).default(8)),
    SMTP_URL: optionalText.pipe(z.string().regex(/^smtps?:\/\//, "须为 smtp:// 或 smtps:// 网址").optional()),
    MAIL_FROM: optionalText,
    WEBHOOK_URL: optionalText.pipe(z.url("须为完整网址").optional()),
    WEBHOOK_KIND: optionalText.pipe(z.enum(["dingtalk", "wecom"]).default("dingtalk")),
    /** "1" turns off the background worker (reminder scan, outbox delivery) in this instance. */
    JOBS_DISABLED: optionalText.pipe(z.enum(["0", "1"], "须为 0 或 1").default("0")),
    /** "1" demo mode, "0" production mode; unset → demo unless NODE_ENV=production (see isDemoMode). */
    DEMO: optionalText.pipe(z.enum(["0", "1"], "须为 0 或 1").optional()),
    /** pino level for the JSON logs (default info). */
    LOG_LEVEL: optionalText.pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
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

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError with one line naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
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
