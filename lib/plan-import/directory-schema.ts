import { z } from "zod";

/** Validates a department directory that comes from outside (a JSON file, the database). */
export const departmentDirectorySchema = z.object({
  cityPrefixes: z.array(z.string()).optional(),
  departments: z.array(
    z.object({
      name: z.string().min(1),
      shortName: z.string().default(""),
      fullName: z.string().default(""),
      kind: z.enum(["municipal", "district", "agency", "other"]).default("other"),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  groups: z
    .array(
      z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), members: z.array(z.string()) }),
    )
    .default([]),
});
