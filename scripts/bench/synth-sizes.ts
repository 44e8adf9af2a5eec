/** How many rows of each kind a scale asks for (scale 1: one city over three years). */

export interface SynthSizes {
  departments: number;
  users: number;
  plans: number;
  workItems: number;
  assignments: number;
  reports: number;
  readings: number;
  notices: number;
  audit: number;
  notifications: number;
}

export const SCALE_ONE: SynthSizes = {
  departments: 80,
  users: 300,
  plans: 40,
  workItems: 24_000,
  assignments: 60_000,
  reports: 400_000,
  readings: 50_000,
  notices: 5_000,
  audit: 1_000_000,
  notifications: 200_000,
};

/** Staff accounts besides the liaisons, at scale 1 (at least one of each role at any scale). */
export const STAFF = { admin: 2, auditor: 1, leader: 5, supervisor: 8, secretariat: 10 } as const;

export function sizesFor(scale: number): SynthSizes {
  if (!(scale > 0) || scale > 20) throw new Error(`--scale must be > 0 and ≤ 20 (got ${scale})`);
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const departments = Math.min(80, at(80, 15));
  return {
    departments,
    users: at(300, departments + 8),
    plans: at(40, 1),
    workItems: at(24_000, 30),
    assignments: at(60_000, 60),
    reports: at(400_000, 100),
    readings: at(50_000, 20),
    notices: at(5_000, 10),
    audit: at(1_000_000, 200),
    notifications: at(200_000, 50),
  };
}

export function staffFor(scale: number): Record<keyof typeof STAFF, number> {
  const out = {} as Record<keyof typeof STAFF, number>;
  for (const [role, n] of Object.entries(STAFF))
    out[role as keyof typeof STAFF] = Math.max(1, Math.round(n * Math.min(scale, 1)));
  return out;
}
