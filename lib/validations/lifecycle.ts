import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDate } from "./dates";

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(1);
const dateString = calendarDate(msg("validation.date.invalid"));
/** An optional date field: the empty string a blank input sends means "none". */
const optionalDate = z
  .union([z.literal(""), dateString])
  .nullish()
  .transform((v) => v || null);

export const REPORTING_CYCLES = ["monthly", "quarterly", "none"] as const;

/** A deadline that must be given: an empty field is refused, never replaced by the plan's end. */
const requiredDate = z
  .string({ message: msg("validation.lifecycle.dueOnRequired") })
  .min(1, msg("validation.lifecycle.dueOnRequired"))
  .refine((v) => v === "" || dateString.safeParse(v).success, msg("validation.date.invalid"));
/** Ticked after the form warned that the date is before today (checked again on the server). */
const confirmPastDue = z.boolean().default(false);

const dueDayMessage = msg("validation.lifecycle.reportDueDayRange", { min: 1, max: 31 });

/** 交办: one or several items (each with the version the form loaded) or a whole section. */
export const dispatchSchema = z
  .object({
    items: z.array(z.object({ id, version })).default([]),
    sectionId: id.optional(),
    dueOn: requiredDate,
    confirmPastDue,
    reportingCycle: z
      .enum(REPORTING_CYCLES, { message: msg("validation.lifecycle.reportingCycleRequired") })
      .default("monthly"),
    reportDueDay: z.coerce
      .number({ message: dueDayMessage })
      .int(dueDayMessage)
      .min(1, dueDayMessage)
      .max(31, dueDayMessage)
      .default(25),
  })
  .refine((v) => v.items.length > 0 || v.sectionId != null, {
    message: msg("validation.lifecycle.itemsRequired"),
    path: ["items"],
  });
export type DispatchInput = z.input<typeof dispatchSchema>;

const changeReason = (message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, message)
    .max(500, msg("validation.keepWithin", { field: msg("validation.fields.reason"), max: 500 }));

/** 调整完成时限 of a dispatched item (secretariat), with a reason the units are told. */
export const changeDueSchema = z.object({
  workItemId: id,
  version,
  dueOn: requiredDate,
  confirmPastDue,
  reason: changeReason(msg("validation.lifecycle.changeReasonRequired")),
});
export type ChangeDueInput = z.input<typeof changeDueSchema>;

/** 撤回交办 before any unit has acknowledged, with a reason. */
export const withdrawDispatchSchema = z.object({
  workItemId: id,
  version,
  reason: changeReason(msg("validation.lifecycle.withdrawReasonRequired")),
});
export type WithdrawDispatchInput = z.input<typeof withdrawDispatchSchema>;

/** 签收 */
export const acknowledgeSchema = z.object({ workItemId: id });
export type AcknowledgeInput = z.input<typeof acknowledgeSchema>;

export const COMPARATORS = [">=", "<=", ">", "<", "=", "~"] as const;

export const subItemIndicatorSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, msg("validation.indicator.nameRequired"))
    .max(100, msg("validation.indicator.nameTooLong")),
  comparator: z.enum(COMPARATORS, { message: msg("validation.indicator.comparatorRequired") }),
  targetValue: z.coerce
    .number({ message: msg("validation.indicator.targetNumber") })
    .refine(Number.isFinite, msg("validation.indicator.targetNumber")),
  unit: z.string().trim().max(20, msg("validation.indicator.unitTooLong")).default(""),
});

/** 分解: a sub-item under an item, with its own units, due date and indicators. */
/** A lead unit (牵头) and supporting units (配合), as the sub-item and assign-units forms pick them. */
const unitFields = {
  leadDepartmentId: z.coerce
    .number({ message: msg("validation.lifecycle.leadRequired") })
    .int()
    .positive(msg("validation.lifecycle.leadRequired")),
  supportDepartmentIds: z.array(z.coerce.number().int().positive()).max(200).default([]),
};

export const subItemSchema = z.object({
  parentId: id,
  parentVersion: version,
  title: z
    .string()
    .trim()
    .min(2, msg("validation.lifecycle.subItemTitleRequired", { min: 2 }))
    .max(200, msg("validation.tooLong", { field: msg("validation.fields.subItemTitle"), max: 200 })),
  text: z
    .string()
    .trim()
    .max(2000, msg("validation.tooLong", { field: msg("validation.fields.content"), max: 2000 }))
    .default(""),
  dueOn: optionalDate,
  ...unitFields,
  indicators: z
    .array(subItemIndicatorSchema)
    .max(10, msg("validation.lifecycle.tooManyIndicators", { max: 10 }))
    .default([]),
});
export type SubItemInput = z.input<typeof subItemSchema>;

/** 指定责任单位 of an item not yet dispatched (posts the version the form was opened with). */
export const assignUnitsSchema = z.object({ workItemId: id, version, ...unitFields });
export type AssignUnitsInput = z.input<typeof assignUnitsSchema>;

export const deleteSubItemSchema = z.object({ id, version });
export const moveSubItemSchema = z.object({ id, version, direction: z.enum(["up", "down"]) });
