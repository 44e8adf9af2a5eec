import "server-only";
import { like } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { appSettings } from "@/db/schema";
import { resolveHealthSettings, type HealthSettings } from "./health";

/** Health thresholds in force: defaults from lib/settings/health, overridden by `app_settings`. */
export async function getHealthSettings(q: Queryable = db): Promise<HealthSettings> {
  const rows = await q
    .select({ key: appSettings.key, value: appSettings.value })
    .from(appSettings)
    .where(like(appSettings.key, "health.%"));
  return resolveHealthSettings(rows);
}
