import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { isCalendarDate } from "./dates";

/** Shared by the import preview form (react-hook-form) and the plan server actions. */

const optionalDate = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isCalendarDate(v), msg("validation.plans.invalidDate"));

const itemTitle = z
  .string()
  .trim()
  .min(1, msg("validation.plans.itemTitleRequired"))
  .max(200, msg("validation.plans.itemTitleTooLong", { max: 200 }));

export const ITEM_KINDS = ["goal", "task", "project", "measure", "subtask"] as const;
export const COMPARATORS = [">=", "<=", ">", "<", "=", "~"] as const;

export const draftUnitSchema = z.object({
  name: z.string().trim().min(1, msg("validation.plans.unitNameRequired")),
  role: z.enum(["lead", "support"]),
  originText: z.string().default(""),
  /** Set by the preview: the name was found in the department directory. Ignored when saving. */
  resolved: z.boolean().optional(),
});

export const draftIndicatorSchema = z.object({
  name: z.string().trim().min(1, msg("validation.indicator.nameRequired")),
  comparator: z.enum(COMPARATORS),
  value: z.coerce.number({ message: msg("validation.plans.indicatorValueNumber") }),
  unit: z.string().default(""),
  approximate: z.boolean().default(false),
  dueOn: optionalDate,
  text: z.string().default(""),
});

const itemFields = {
  code: z.string().trim().min(1, msg("validation.plans.codeRequired")),
  kind: z.enum(ITEM_KINDS),
  title: itemTitle,
  text: z.string().default(""),
  dueOn: optionalDate,
  ongoing: z.boolean().default(false),
  unitsText: z.string().nullable().default(null),
  units: z.array(draftUnitSchema).default([]),
  indicators: z.array(draftIndicatorSchema).default([]),
};

export const draftChildSchema = z.object(itemFields);
export const draftItemSchema = z.object({ ...itemFields, children: z.array(draftChildSchema).default([]) });

export const draftSectionSchema = z.object({
  code: z.string().trim().min(1),
  title: z.string().trim().min(1, msg("validation.plans.sectionTitleRequired")),
  kind: z.enum(["goal", "task", "project", "measure"]),
  items: z.array(draftItemSchema),
});

export const draftWarningSchema = z.object({ code: z.string(), message: z.string(), itemCode: z.string().optional() });

export const planDraftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, msg("validation.plans.planTitleRequired"))
    .max(200, msg("validation.plans.planTitleTooLong", { max: 200 })),
  docNumber: z.string().trim().nullable().default(null),
  issuer: z.string().trim().nullable().default(null),
  issuedOn: optionalDate,
  effectiveFrom: optionalDate,
  validUntil: optionalDate,
  periodStart: optionalDate,
  periodEnd: optionalDate,
  sections: z.array(draftSectionSchema).min(1, msg("validation.plans.noItems")),
  warnings: z.array(draftWarningSchema).default([]),
});
export type EditablePlanDraft = z.output<typeof planDraftSchema>;
export type EditableItem = z.output<typeof draftItemSchema>;
export type EditableUnit = z.output<typeof draftUnitSchema>;

export const previewImportSchema = z
  .object({
    text: z.string().max(2_000_000, msg("validation.plans.textTooLong")).optional(),
    /** base64 of the uploaded file; the browser reads it with a progress indicator. */
    fileBase64: z.string().optional(),
    filename: z.string().max(255).optional(),
  })
  .refine((v) => (v.text && v.text.trim()) || v.fileBase64, {
    message: msg("validation.plans.sourceRequired"),
    path: ["text"],
  });
export type PreviewImportInput = z.input<typeof previewImportSchema>;

export const savePlanDraftSchema = z.object({
  draft: planDraftSchema,
  sourceText: z.string().min(1),
  filename: z.string().max(255).nullable().default(null),
  replacePlanId: z.coerce.number().int().positive().nullable().optional(),
  expectedVersion: z.coerce.number().int().positive().nullable().optional(),
});
export type SavePlanDraftInput = z.input<typeof savePlanDraftSchema>;

export const publishPlanSchema = z.object({
  planId: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive(),
});

export const confirmUnitAliasSchema = z.object({
  alias: z.string().trim().min(1, msg("validation.plans.unitNameRequired")).max(100),
  departmentId: z.coerce
    .number({ message: msg("validation.plans.departmentRequired") })
    .int()
    .positive(msg("validation.plans.departmentRequired")),
});

export const editDraftItemSchema = z.object({
  id: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive(),
  title: itemTitle,
  dueOn: optionalDate,
  ongoing: z.boolean().default(false),
});
export type EditDraftItemInput = z.input<typeof editDraftItemSchema>;
