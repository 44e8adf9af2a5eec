"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import {
  addAliasSchema,
  createDepartmentSchema,
  createUserSchema,
  removeAliasSchema,
  setGroupMembersSchema,
  setUserActiveSchema,
  unlockUserSchema,
  updateDepartmentSchema,
  updateUserSchema,
  userRefSchema,
} from "@/lib/validations/admin";
import {
  addDepartmentAlias,
  createDepartment,
  removeDepartmentAlias,
  setGroupMembers,
  updateDepartment,
} from "@/lib/services/departments";
import { resetSecondFactor } from "@/lib/services/second-factor";
import { createUser, resetUserPassword, setUserActive, unlockUser, updateUser } from "@/lib/services/users";

function refreshUsers() {
  revalidatePath("/admin/users", "layout");
}
function refreshDepartments() {
  revalidatePath("/admin/departments", "layout");
}

export const createUserAction = authorizedAction("user.manage", createUserSchema, async (input, actor) => {
  const result = await createUser({ actor, input });
  refreshUsers();
  return result;
});

export const updateUserAction = authorizedAction("user.manage", updateUserSchema, async (input, actor) => {
  const result = await updateUser({ actor, input });
  refreshUsers();
  return result;
});

export const setUserActiveAction = authorizedAction("user.manage", setUserActiveSchema, async (input, actor) => {
  const result = await setUserActive({ actor, ...input });
  refreshUsers();
  return result;
});

export const resetUserPasswordAction = authorizedAction("user.manage", userRefSchema, async (input, actor) => {
  const result = await resetUserPassword({ actor, ...input });
  refreshUsers();
  return result;
});

/** Lifts a sign-in lock before it expires (audited). */
export const unlockUserAction = authorizedAction("user.manage", unlockUserSchema, async (input, actor) => {
  const result = await unlockUser({ actor, id: input.id });
  refreshUsers();
  return result;
});

/** Removes a user's second factor (lost phone); the user's sessions end (audited). */
export const resetSecondFactorAction = authorizedAction("user.manage", userRefSchema, async (input, actor) => {
  const result = await resetSecondFactor({ actor, ...input });
  refreshUsers();
  return result;
});

export const createDepartmentAction = authorizedAction(
  "department.manage",
  createDepartmentSchema,
  async (input, actor) => {
    const result = await createDepartment({ actor, input });
    refreshDepartments();
    return result;
  },
);

export const updateDepartmentAction = authorizedAction(
  "department.manage",
  updateDepartmentSchema,
  async (input, actor) => {
    const result = await updateDepartment({ actor, input });
    refreshDepartments();
    return result;
  },
);

export const addDepartmentAliasAction = authorizedAction("department.manage", addAliasSchema, async (input, actor) => {
  const result = await addDepartmentAlias({ actor, input });
  refreshDepartments();
  return result;
});

export const removeDepartmentAliasAction = authorizedAction(
  "department.manage",
  removeAliasSchema,
  async (input, actor) => {
    const result = await removeDepartmentAlias({ actor, aliasId: input.aliasId });
    refreshDepartments();
    return result;
  },
);

export const setGroupMembersAction = authorizedAction(
  "department.manage",
  setGroupMembersSchema,
  async (input, actor) => {
    const result = await setGroupMembers({ actor, input });
    refreshDepartments();
    return result;
  },
);
