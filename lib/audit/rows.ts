import "server-only";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/format/dates";
import type { AuditRecord } from "@/lib/services/audit-log";
import { resolveAuditNames } from "@/lib/services/audit-names";
import { changeLine, presentChanges, presentEntity, type AuditLabels, type PresentedChange } from "./present";

export interface PresentedAuditRow {
  id: number;
  time: string;
  actor: string;
  action: string;
  plan: string;
  item: string;
  itemId: number | null;
  department: string;
  entity: string;
  noticeId: number | null;
  changes: PresentedChange[];
}

function lookup(tree: unknown, path: string): string | undefined {
  const hit = path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      tree,
    );
  return typeof hit === "string" ? hit : undefined;
}

/** The page's (or the export's) records in words, names looked up for these rows only. */
export async function presentAuditRows(rows: AuditRecord[], locale: Locale): Promise<PresentedAuditRow[]> {
  const messages = loadMessages(locale);
  const labels = messages.auditLabels as AuditLabels;
  const audit = messages.audit as Record<string, unknown>;
  const names = await resolveAuditNames(rows.map((r) => r.event));
  return rows.map(({ event, planTitle, itemCode, itemTitle, departmentName }) => ({
    id: event.id,
    time: formatDateTime(event.createdAt),
    actor: event.actorName ?? lookup(audit, "system") ?? "",
    action: lookup(audit, `actions.${event.action}`) ?? labels.entities[event.entityType] ?? labels.other,
    plan: planTitle ?? "",
    item: itemCode ? `${itemCode} ${itemTitle ?? ""}`.trim() : "",
    itemId: event.workItemId,
    department: departmentName ?? "",
    entity: presentEntity(labels, names, event),
    noticeId: event.entityType === "supervision_notice" && event.entityId ? Number(event.entityId) : null,
    changes: presentChanges(labels, names, event),
  }));
}

/** The cells of the CSV rows, in the column order of the export's headers. */
export async function auditCsvCells(rows: AuditRecord[], locale: Locale): Promise<string[][]> {
  const labels = loadMessages(locale).auditLabels as AuditLabels;
  return (await presentAuditRows(rows, locale)).map((r) => [
    r.time,
    r.actor,
    r.action,
    r.plan,
    r.item,
    r.department,
    r.entity,
    r.changes.map((c) => changeLine(labels, c)).join("\n"),
  ]);
}
