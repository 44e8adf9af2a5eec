"use server";
import { revalidatePath } from "next/cache";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { reviewReport, saveReport } from "@/lib/services/reports";
import { withEvidenceFiles } from "@/lib/validations/form-data";
import { reportSchema, reviewSchema } from "@/lib/validations/reports";
import { authorizedAction } from "./safe-action";
import { routes } from "@/lib/routes";

const reportFormSchema = withEvidenceFiles(reportSchema);

export const saveReportAction = authorizedAction("report.write", reportFormSchema, async (input, user) => {
  const { files, ...values } = input;
  const result = await saveReport({ actor: user, values, files: await uploadsFromFiles(files) });
  revalidatePath(routes.item(values.workItemId));
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
