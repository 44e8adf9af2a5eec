import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a failed action's field errors on their fields (react-hook-form `setError`) and returns what
 * the form's alert should say: nothing when every message already sits beside its field, else the
 * error (a conflict, a refusal…). Forms are never reset on failure, so the user keeps what they typed.
 * `fieldOf` maps the action's field names to the form's (null: not a field of this form).
 */
export function applyActionErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
  fieldOf: (key: string) => string | null = (key) => key,
): string | null {
  if (result.ok) return null;
  let placed = false;
  for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
    const field = key === "_form" ? null : fieldOf(key);
    if (field && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      placed = true;
    }
  }
  return placed ? "" : result.error;
}
