import { z } from "zod";
import { calendarDate } from "./dates";

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(1);
const dateString = calendarDate("请按“年-月-日”填写有效日期");
/** An optional date field: the empty string a blank input sends means "none". */
const optionalDate = z
  .union([z.literal(""), dateString])
  .nullish()
  .transform((v) => v || null);

export const REPORTING_CYCLES = ["monthly", "quarterly", "none"] as const;

/** A deadline that must be given: an empty field is refused, never replaced by the plan's end. */
const requiredDate = z
  .string({ message: "请填写完成时限" })
  .min(1, "请填写完成时限")
  .refine((v) => v === "" || dateString.safeParse(v).success, "请按“年-月-日”填写有效日期");
/** Ticked after the form warned that the date is before today (checked again on the server). */
const confirmPastDue = z.boolean().default(false);

/** 交办: one or several items (each with the version the form loaded) or a whole section. */
export const dispatchSchema = z
  .object({
    items: z.array(z.object({ id, version })).default([]),
    sectionId: id.optional(),
    dueOn: requiredDate,
    confirmPastDue,
    reportingCycle: z.enum(REPORTING_CYCLES, { message: "请选择填报周期" }).default("monthly"),
    reportDueDay: z.coerce
      .number({ message: "请填写 1–31 之间的日期" })
      .int("请填写 1–31 之间的日期")
      .min(1, "请填写 1–31 之间的日期")
      .max(31, "请填写 1–31 之间的日期")
      .default(25),
  })
  .refine((v) => v.items.length > 0 || v.sectionId != null, { message: "请选择要交办的任务", path: ["items"] });
export type DispatchInput = z.input<typeof dispatchSchema>;

const changeReason = (message: string) => z.string({ message }).trim().min(1, message).max(500, "原因请控制在 500 字以内");

/** 调整完成时限 of a dispatched item (secretariat), with a reason the units are told. */
export const changeDueSchema = z.object({
  workItemId: id,
  version,
  dueOn: requiredDate,
  confirmPastDue,
  reason: changeReason("请填写调整原因"),
});
export type ChangeDueInput = z.input<typeof changeDueSchema>;

/** 撤回交办 before any unit has acknowledged, with a reason. */
export const withdrawDispatchSchema = z.object({ workItemId: id, version, reason: changeReason("请填写撤回原因") });
export type WithdrawDispatchInput = z.input<typeof withdrawDispatchSchema>;

/** 签收 */
export const acknowledgeSchema = z.object({ workItemId: id });
export type AcknowledgeInput = z.input<typeof acknowledgeSchema>;

export const COMPARATORS = [">=", "<=", ">", "<", "=", "~"] as const;

export const subItemIndicatorSchema = z.object({
  name: z.string().trim().min(1, "请填写指标名称").max(100, "指标名称过长"),
  comparator: z.enum(COMPARATORS, { message: "请选择比较方式" }),
  targetValue: z.coerce.number({ message: "目标值请填写数字" }).refine(Number.isFinite, "目标值请填写数字"),
  unit: z.string().trim().max(20, "单位过长").default(""),
});

/** 分解: a sub-item under an item, with its own units, due date and indicators. */
/** A lead unit (牵头) and supporting units (配合), as the sub-item and assign-units forms pick them. */
const unitFields = {
  leadDepartmentId: z.coerce.number({ message: "请选择牵头单位" }).int().positive("请选择牵头单位"),
  supportDepartmentIds: z.array(z.coerce.number().int().positive()).max(200).default([]),
};

export const subItemSchema = z.object({
  parentId: id,
  parentVersion: version,
  title: z.string().trim().min(2, "请填写子任务名称,至少 2 个字").max(200, "子任务名称不超过 200 字"),
  text: z.string().trim().max(2000, "内容不超过 2000 字").default(""),
  dueOn: optionalDate,
  ...unitFields,
  indicators: z.array(subItemIndicatorSchema).max(10, "指标最多 10 个").default([]),
});
export type SubItemInput = z.input<typeof subItemSchema>;

/** 指定责任单位 of an item not yet dispatched (posts the version the form was opened with). */
export const assignUnitsSchema = z.object({ workItemId: id, version, ...unitFields });
export type AssignUnitsInput = z.input<typeof assignUnitsSchema>;

export const deleteSubItemSchema = z.object({ id, version });
export const moveSubItemSchema = z.object({ id, version, direction: z.enum(["up", "down"]) });
