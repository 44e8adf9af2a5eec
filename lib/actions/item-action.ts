import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { StalePath } from "@/lib/routes";
import type { SessionUser } from "@/lib/services/accounts";
import type { ItemCommand } from "@/lib/services/item-command";
import type { ActionResult } from "./result";
import { authorizedAction } from "./safe-action";

/** Revalidates the pages a command named. */
export function revalidate(paths: StalePath[]): void {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path.layout, "layout");
  }
}

type Action<S extends z.ZodType, Out> = (input: z.input<S>) => Promise<ActionResult<Out>>;
type ToInput<S extends z.ZodType, In> = (input: z.output<S>, user: SessionUser) => In | Promise<In>;

/**
 * The server action of an item command: the wrapper checks the command's own permission (named once,
 * in the service), the form's input becomes the command's, and the pages the command names are
 * revalidated; `toOutput` picks what the form gets back (the whole result by default).
 */
export function itemAction<S extends z.ZodType, In, R>(
  command: ItemCommand<In, R>,
  schema: S,
  toInput: ToInput<S, In>,
): Action<S, R>;
export function itemAction<S extends z.ZodType, In, R, Out>(
  command: ItemCommand<In, R>,
  schema: S,
  toInput: ToInput<S, In>,
  toOutput: (result: R) => Out,
): Action<S, Out>;
export function itemAction<S extends z.ZodType, In, R, Out>(
  command: ItemCommand<In, R>,
  schema: S,
  toInput: ToInput<S, In>,
  toOutput?: (result: R) => Out,
): Action<S, R | Out> {
  return authorizedAction(command.permission, schema, async (input, user) => {
    const done = await command(await toInput(input, user));
    revalidate(done.revalidate);
    return toOutput ? toOutput(done.result) : done.result;
  });
}
