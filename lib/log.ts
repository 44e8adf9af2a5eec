import { randomUUID } from "node:crypto";
import pino from "pino";

/**
 * The one logger: JSON lines on stdout (one object per event), level from LOG_LEVEL. Log facts about a
 * request (who, what, outcome, how long), never its input: passwords, tokens and file contents stay out,
 * and the redaction below is the safety net should such a field slip into an object anyway.
 */
const OPTIONS: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL || "info",
  base: { service: "duban" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "password",
      "*.password",
      "currentPassword",
      "newPassword",
      "confirmPassword",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "secret",
      "content",
      "*.content",
      "cookie",
      "authorization",
    ],
    censor: "[redacted]",
  },
};

export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return pino(OPTIONS, destination);
}

export const logger = createLogger();

export type Outcome = "ok" | string;

/** One line per user request: request id, user, action, outcome, duration. */
export function logRequest(entry: {
  requestId?: string | null;
  userId: number | null;
  action: string;
  outcome: Outcome;
  startedAt: number;
}): void {
  const record = {
    requestId: entry.requestId || randomUUID(),
    userId: entry.userId,
    action: entry.action,
    outcome: entry.outcome,
    durationMs: Math.round(performance.now() - entry.startedAt),
  };
  if (entry.outcome === "ok") logger.info(record, "request");
  else if (entry.outcome === "internal") logger.error(record, "request");
  else logger.warn(record, "request");
}

/** An unexpected error, by its message and stack only (never the input that caused it). */
export function logError(error: unknown, context: Record<string, unknown> = {}): void {
  const err =
    error instanceof Error
      ? { name: error.name, message: error.message, stack: error.stack }
      : { message: String(error) };
  logger.error({ ...context, err }, "unexpected error");
}
