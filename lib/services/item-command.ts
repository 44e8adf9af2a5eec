import "server-only";
import type { Tx } from "@/db";
import type { UserRole, WorkItem } from "@/db/schema";
import { authorize, type Actor, type Permission, type Resource } from "@/lib/authz";
import { conflict } from "@/lib/errors";
import type { StalePath } from "@/lib/routes";
import { recordAudit, type AuditInput } from "./audit";
import { writeTransaction } from "./health-store";
import { itemResource, loadItem, type ItemWithAssignments } from "./item-access";
import { liaisonsOf, notifyUsers, usersWithRole, type NotificationInput } from "./notifications";

/**
 * The item command kernel: every item-scoped mutation runs as
 * permission → (prepare) → transaction → load the item, its plan's status and units → authorize with
 * the item as resource → version check → the command's change → its audit records → its notifications
 * → the item lights refreshed before commit (writeTransaction) → the result and the pages to revalidate.
 * A command names its permission once; the server action reads it from `command.permission`.
 */

/** An audit record of a change; the kernel adds the actor, and the item's plan and id unless given. */
export type ItemAudit = Omit<AuditInput, "actor" | "planId" | "workItemId"> &
  Partial<Pick<AuditInput, "planId" | "workItemId">>;

/** Who hears of a change: the liaisons of departments, every active holder of a role, or named users. */
export type Recipients = { departments: number[] } | { role: UserRole } | { users: number[] };

export type ItemNotification = NotificationInput & { to: Recipients };

/** What a command's change did: its result, what the audit trail records (at least one), who is told. */
export interface ItemChange<R> {
  result: R;
  audit: ItemAudit[];
  notify?: ItemNotification[];
}

/** The item the command concerns, and the row it was reached through (a request, report, notice). */
export interface Located<T> {
  workItemId: number;
  target: T;
}

export interface ItemContext<In, T> {
  tx: Tx;
  input: In;
  actor: Actor;
  loaded: ItemWithAssignments;
  item: WorkItem;
  target: T;
}

export interface CommandInput {
  actor: Actor;
}

interface CommonSpec<In extends CommandInput, R> {
  permission: Permission;
  /** Checks and normalises the input before the transaction opens (a deadline, uploaded files). */
  prepare?: (input: In) => In | Promise<In>;
  /** The pages that show what changed. */
  revalidate: (result: R, input: In) => StalePath[];
}

interface StepSpec<In, T, R> {
  /** The 404 message when the item does not exist, if not the usual one. */
  missing?: string;
  /** Another resource the actor must hold the permission on (the department a notice is addressed to). */
  alsoOn?: (target: T) => Resource;
  /** [the version the caller's form showed, the version now]: a difference is a conflict, before any change. */
  versions?: (ctx: ItemContext<In, T>) => readonly [expected: number, current: number];
  change: (ctx: ItemContext<In, T>) => Promise<ItemChange<R> | null>;
}

export interface ItemCommandSpec<In extends CommandInput, T, R> extends CommonSpec<In, R>, StepSpec<In, T, R> {
  locate: (tx: Tx, input: In) => Located<T> | Promise<Located<T>>;
  change: (ctx: ItemContext<In, T>) => Promise<ItemChange<R>>;
}

/** Several items changed in one transaction (交办 of a selection or a section with its sub-items). */
export interface ItemBatchSpec<In extends CommandInput, T, R1, R> extends CommonSpec<In, R> {
  /** The items in order, each with the version the form showed (null for those taken along). */
  locate: (tx: Tx, input: In) => Promise<(Located<T> & { expectedVersion: number | null })[]>;
  /** One item's change, or null to leave it as it is; items are changed in order. */
  change: (ctx: ItemContext<In, T>) => Promise<ItemChange<R1> | null>;
  /** The batch's result from the items' (it may refuse the batch as a whole). */
  result: (done: R1[]) => R;
}

/** What a command returns: its result, and the pages for the server action to revalidate. */
export interface Done<R> {
  result: R;
  revalidate: StalePath[];
}

export type ItemCommand<In, R> = ((input: In) => Promise<Done<R>>) & { readonly permission: Permission };

/** `locate` of a command whose input names its item. */
export function itemOfInput(_tx: Tx, input: { workItemId: number }): Located<null> {
  return { workItemId: input.workItemId, target: null };
}

function recipients(tx: Tx, to: Recipients): Promise<number[]> {
  if ("departments" in to) return liaisonsOf(tx, to.departments);
  if ("role" in to) return usersWithRole(tx, [to.role]);
  return Promise.resolve(to.users);
}

/** One item's turn inside the transaction: load, authorize, version, change, audit, notify. */
async function step<In extends CommandInput, T, R>(
  tx: Tx,
  input: In,
  permission: Permission,
  located: Located<T>,
  spec: StepSpec<In, T, R>,
): Promise<ItemChange<R> | null> {
  const { actor } = input;
  const loaded = await loadItem(tx, located.workItemId, spec.missing);
  if (spec.alsoOn) authorize(actor, permission, spec.alsoOn(located.target));
  authorize(actor, permission, itemResource(loaded));
  const ctx: ItemContext<In, T> = { tx, input, actor, loaded, item: loaded.item, target: located.target };
  const versions = spec.versions?.(ctx);
  if (versions && versions[0] !== versions[1]) throw conflict();
  const change = await spec.change(ctx);
  if (!change) return null;
  if (change.audit.length === 0) throw new Error(`item command ${permission} changed without an audit record`);
  const { item } = loaded;
  for (const record of change.audit) {
    await recordAudit(tx, { planId: item.planId, workItemId: item.id, ...record, actor });
  }
  for (const { to, ...notification } of change.notify ?? []) {
    await notifyUsers(tx, await recipients(tx, to), notification);
  }
  return change;
}

/** Coarse permission first (as the action wrapper does), then the input's own checks. */
async function begin<In extends CommandInput, R>(spec: CommonSpec<In, R>, input: In): Promise<In> {
  authorize(input.actor, spec.permission);
  return spec.prepare ? spec.prepare(input) : input;
}

/** An item-scoped mutation as one function carrying its permission. */
export function itemCommand<In extends CommandInput, T, R>(spec: ItemCommandSpec<In, T, R>): ItemCommand<In, R> {
  const run = async (raw: In): Promise<Done<R>> => {
    const input = await begin(spec, raw);
    const result = await writeTransaction(async (tx) => {
      const located = await spec.locate(tx, input);
      return (await step(tx, input, spec.permission, located, spec))!.result;
    });
    return { result, revalidate: spec.revalidate(result, input) };
  };
  return Object.assign(run, { permission: spec.permission });
}

/** Several items' changes in one transaction, each item through the same steps as a single command. */
export function itemBatchCommand<In extends CommandInput, T, R1, R>(
  spec: ItemBatchSpec<In, T, R1, R>,
): ItemCommand<In, R> {
  const run = async (raw: In): Promise<Done<R>> => {
    const input = await begin(spec, raw);
    const result = await writeTransaction(async (tx) => {
      const done: R1[] = [];
      for (const { expectedVersion, ...located } of await spec.locate(tx, input)) {
        const versions = ({ item }: { item: WorkItem }) => [expectedVersion ?? item.version, item.version] as const;
        const change = await step(tx, input, spec.permission, located, { versions, change: spec.change });
        if (change) done.push(change.result);
      }
      return spec.result(done);
    });
    return { result, revalidate: spec.revalidate(result, input) };
  };
  return Object.assign(run, { permission: spec.permission });
}
