import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a failed action's field errors on their fields and returns the message for the form's
 * alert. The form is never reset here, so a conflict keeps everything the user typed.
 */
export function applyActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): string | null {
  if (result.ok) return null;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== "_form" && messages[0]) setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return result.error;
}
