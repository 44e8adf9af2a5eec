import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a failed action's field errors on their fields and returns the message for the form's alert.
 * Forms are never reset on failure, so a conflict keeps everything the user typed.
 */
export function applyActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): string | null {
  if (result.ok) return null;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== "_form" && messages[0]) setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return result.error;
}

export const FIELD_CLASS = "mt-1 w-full rounded border border-slate-300 px-3 py-2 disabled:bg-slate-100";
export const ALERT_CLASS = "rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700";
export const DONE_CLASS = "rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800";
