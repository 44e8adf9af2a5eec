"use server";
import { assignUnits } from "@/lib/services/assign-units";
import { addSubItem, deleteSubItem, moveSubItem } from "@/lib/services/decompose";
import { acknowledgeWorkItem, dispatchWorkItems } from "@/lib/services/dispatch";
import { changeDueDate, withdrawDispatch } from "@/lib/services/dispatch-changes";
import {
  acknowledgeSchema,
  assignUnitsSchema,
  changeDueSchema,
  deleteSubItemSchema,
  dispatchSchema,
  moveSubItemSchema,
  subItemSchema,
  withdrawDispatchSchema,
} from "@/lib/validations/lifecycle";
import { itemAction } from "./item-action";

export const dispatchAction = itemAction(dispatchWorkItems, dispatchSchema, (input, user) => ({
  actor: user,
  ...input,
}));

export const acknowledgeAction = itemAction(acknowledgeWorkItem, acknowledgeSchema, (input, user) => ({
  actor: user,
  workItemId: input.workItemId,
}));

export const addSubItemAction = itemAction(addSubItem, subItemSchema, (input, user) => ({ actor: user, ...input }));

export const deleteSubItemAction = itemAction(deleteSubItem, deleteSubItemSchema, (input, user) => ({
  actor: user,
  ...input,
}));

export const moveSubItemAction = itemAction(moveSubItem, moveSubItemSchema, (input, user) => ({
  actor: user,
  ...input,
}));

/** 调整完成时限 of a dispatched item (secretariat), with a reason; audited and notified. */
export const changeDueDateAction = itemAction(changeDueDate, changeDueSchema, (input, user) => ({
  actor: user,
  workItemId: input.workItemId,
  expectedVersion: input.version,
  dueOn: input.dueOn,
  confirmPastDue: input.confirmPastDue,
  reason: input.reason,
}));

/** 撤回交办 before any unit has acknowledged, with a reason; audited and notified. */
export const withdrawDispatchAction = itemAction(withdrawDispatch, withdrawDispatchSchema, (input, user) => ({
  actor: user,
  workItemId: input.workItemId,
  expectedVersion: input.version,
  reason: input.reason,
}));

/** 指定责任单位 of an item not yet dispatched (secretariat); audited. */
export const assignUnitsAction = itemAction(assignUnits, assignUnitsSchema, (input, user) => ({
  actor: user,
  ...input,
}));
