"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { reviewReport, saveReport } from "@/lib/services/reports";
import { reportSchema, reviewSchema } from "@/lib/validations/reports";
import { authorizedAction } from "./safe-action";

/** The form posts FormData: the values as JSON in "payload", evidence files as "files". Plain objects work too. */
const reportFormSchema = z.preprocess(
  (raw) => {
    if (!(raw instanceof FormData)) return raw;
    const payload = raw.get("payload");
    const values = typeof payload === "string" ? (JSON.parse(payload) as Record<string, unknown>) : {};
    return { ...values, files: raw.getAll("files").filter((f): f is File => f instanceof File) };
  },
  z.intersection(reportSchema, z.object({ files: z.array(z.instanceof(File)).default([]) })),
);

export const saveReportAction = authorizedAction("report.write", reportFormSchema, async (input, user) => {
  const { files, ...values } = input;
  const result = await saveReport({ actor: user, values, files: await uploadsFromFiles(files) });
  revalidatePath(`/items/${values.workItemId}`);
  revalidatePath("/inbox");
  revalidatePath("/review");
  return result;
});

export const reviewReportAction = authorizedAction("report.review", reviewSchema, async (input, user) => {
  const result = await reviewReport({ actor: user, ...input });
  revalidatePath("/review");
  revalidatePath("/inbox");
  return result;
});
