"use server";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { reviewReport, saveReport } from "@/lib/services/reports";
import { withEvidenceFiles } from "@/lib/validations/form-data";
import { reportSchema, reviewSchema } from "@/lib/validations/reports";
import { itemAction } from "./item-action";

const reportFormSchema = withEvidenceFiles(reportSchema);

export const saveReportAction = itemAction(saveReport, reportFormSchema, async ({ files, ...values }, user) => ({
  actor: user,
  values,
  files: await uploadsFromFiles(files),
}));

export const reviewReportAction = itemAction(reviewReport, reviewSchema, (input, user) => ({ actor: user, ...input }));
