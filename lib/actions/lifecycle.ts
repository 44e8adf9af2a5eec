"use server";
import { revalidatePath } from "next/cache";
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
import { authorizedAction } from "./safe-action";
import { routes } from "@/lib/routes";

export const dispatchAction = authorizedAction("item.dispatch", dispatchSchema, async (input, user) => {
  const result = await dispatchWorkItems({ actor: user, ...input });
  for (const id of result.dispatched) revalidatePath(routes.item(id));
  revalidatePath("/plans", "layout");
  return result;
});

export const acknowledgeAction = authorizedAction("item.acknowledge", acknowledgeSchema, async (input, user) => {
  const result = await acknowledgeWorkItem({ actor: user, workItemId: input.workItemId });
  revalidatePath(routes.item(input.workItemId));
  revalidatePath("/inbox");
  return result;
});

export const addSubItemAction = authorizedAction("item.decompose", subItemSchema, async (input, user) => {
  const result = await addSubItem({ actor: user, ...input });
  revalidatePath(routes.item(input.parentId));
  return result;
});

export const deleteSubItemAction = authorizedAction("item.decompose", deleteSubItemSchema, async (input, user) => {
  const result = await deleteSubItem({ actor: user, ...input });
  revalidatePath(routes.item(result.parentId));
  return result;
});

export const moveSubItemAction = authorizedAction("item.decompose", moveSubItemSchema, async (input, user) => {
  const result = await moveSubItem({ actor: user, ...input });
  revalidatePath(routes.item(result.parentId));
  return result;
});

/** 调整完成时限 of a dispatched item (secretariat), with a reason; audited and notified. */
export const changeDueDateAction = authorizedAction("item.dispatch", changeDueSchema, async (input, user) => {
  const result = await changeDueDate({
    actor: user,
    workItemId: input.workItemId,
    expectedVersion: input.version,
    dueOn: input.dueOn,
    confirmPastDue: input.confirmPastDue,
    reason: input.reason,
  });
  revalidatePath(routes.item(input.workItemId));
  return result;
});

/** 撤回交办 before any unit has acknowledged, with a reason; audited and notified. */
export const withdrawDispatchAction = authorizedAction("item.dispatch", withdrawDispatchSchema, async (input, user) => {
  const result = await withdrawDispatch({
    actor: user,
    workItemId: input.workItemId,
    expectedVersion: input.version,
    reason: input.reason,
  });
  revalidatePath(routes.item(input.workItemId));
  revalidatePath("/review");
  return result;
});

/** 指定责任单位 of an item not yet dispatched (secretariat); audited. */
export const assignUnitsAction = authorizedAction("item.assign", assignUnitsSchema, async (input, user) => {
  const result = await assignUnits({ actor: user, ...input });
  revalidatePath(routes.item(input.workItemId));
  revalidatePath("/plans", "layout");
  return result;
});
