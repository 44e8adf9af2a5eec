import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

const evidenceFiles = z
  .array(z.instanceof(File))
  .max(10, msg("validation.evidence.tooManyFiles", { max: 10 }))
  .default([]);

/** Reads a form's FormData: values as JSON in "payload" or as plain entries, files under "files". */
function formDataValues(raw: unknown): unknown {
  if (typeof FormData === "undefined" || !(raw instanceof FormData)) return raw;
  const values: Record<string, unknown> = {};
  for (const [key, entry] of raw.entries()) if (typeof entry === "string" && key !== "payload") values[key] = entry;
  const payload = raw.get("payload");
  if (typeof payload === "string") {
    try {
      Object.assign(values, JSON.parse(payload));
    } catch {
      // A malformed payload leaves the fields empty, so validation names what is missing.
    }
  }
  // Browsers send an empty, nameless File when no file was chosen.
  values.files = raw.getAll("files").filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
  return values;
}

/**
 * The server side of a form that uploads evidence: the form's own schema plus up to 10 files,
 * read from FormData (plain objects pass through, for tests and callers without files).
 */
export function withEvidenceFiles<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  return z.preprocess(formDataValues, z.intersection(schema, z.object({ files: evidenceFiles })));
}
