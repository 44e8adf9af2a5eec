/**
 * Health thresholds: every number the health rules use, with its default and its key in the
 * `app_settings` table. Pure (no database): the store in ./store.ts applies overrides.
 */
export const HEALTH_SETTING_DEFAULTS = {
  /** Yellow when the due date is this many days away or fewer and progress lags. */
  warningWindowDays: 30,
  /** Red when a required report is more than this many days late. */
  reportGraceDays: 7,
  /** Yellow when a report falls due within this many days and is not filed. */
  reportDueSoonDays: 3,
  /** Progress may trail the straight line by this many percentage points before it counts as behind. */
  progressTolerancePoints: 10,
  /** An indicator may trail its trajectory by this share of the baseline-to-target distance (%). */
  indicatorTolerancePercent: 10,
} as const;

export type HealthSettings = { -readonly [K in keyof typeof HEALTH_SETTING_DEFAULTS]: number };
export type HealthSettingName = keyof HealthSettings;

export const HEALTH_SETTING_NAMES = Object.keys(HEALTH_SETTING_DEFAULTS) as HealthSettingName[];

/** The `app_settings.key` of a health setting, e.g. `health.warningWindowDays`. */
export const healthSettingKey = (name: HealthSettingName) => `health.${name}`;

/** Defaults overridden by stored values; values that are not non-negative numbers are ignored. */
export function resolveHealthSettings(stored: { key: string; value: unknown }[] = []): HealthSettings {
  const out: HealthSettings = { ...HEALTH_SETTING_DEFAULTS };
  for (const name of HEALTH_SETTING_NAMES) {
    const row = stored.find((r) => r.key === healthSettingKey(name));
    const value = typeof row?.value === "string" ? Number(row.value) : row?.value;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) out[name] = value;
  }
  return out;
}
