import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a failed action's field errors on their fields (react-hook-form `setError`) and returns what
 * the form's alert should say: nothing when every message already sits beside its field, else the
 * error (a conflict, a refusal…). Forms are never reset on failure, so the user keeps what they typed.
 */
export function applyActionErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): string | null {
  if (result.ok) return null;
  let placed = false;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== "_form" && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      placed = true;
    }
  }
  return placed ? "" : result.error;
}
