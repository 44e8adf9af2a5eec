import { formatDate, formatDateTime, ISO_INSTANT } from "@/lib/format/dates";

/**
 * How an audit record reads to a supervisor: field and value names in the reader's language,
 * names instead of ids, local times, a file name instead of its hash. Pure: the page and the CSV
 * export both call it with the same dictionary (messages `auditLabels`) and the names resolved for
 * their rows, so they say the same thing.
 */
export interface AuditLabels {
  fields: Record<string, string>;
  entities: Record<string, string>;
  status: Record<string, Record<string, string>>;
  values: Record<string, Record<string, string>>;
  yes: string;
  no: string;
  empty: string;
  unknownUser: string;
  unknownDepartment: string;
  unknownItem: string;
  unknownIndicator: string;
  other: string;
  /** Between the items of a list value: 、 in Chinese, a comma in English. */
  listSeparator: string;
}

export interface AuditNames {
  users: Map<number, string>;
  departments: Map<number, string>;
  items: Map<number, string>;
  indicators: Map<number, string>;
}

export interface AuditEventLike {
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface PresentedChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Bookkeeping and secrets: never shown (a file's hash stays in the record, its name is shown). */
const HIDDEN = new Set([
  "id",
  "version",
  "updatedAt",
  "createdAt",
  "sha256",
  "sourceHash",
  "passwordHash",
  "sessionEpoch",
  "aliasId",
  "storageKey",
  "content",
  "ip",
]);
const USER_FIELDS = new Set([
  "issuedBy",
  "respondedBy",
  "closedBy",
  "requestedBy",
  "decidedBy",
  "submittedBy",
  "reviewedBy",
  "createdBy",
  "acknowledgedBy",
  "uploadedBy",
  "dispatchedBy",
  "actorId",
  "userId",
]);
const DEPARTMENT_FIELDS = new Set(["departmentId", "departments", "memberIds", "groupId"]);
const ITEM_FIELDS = new Set(["workItemId"]);
const STATUS_GROUP: Record<string, string> = {
  work_item: "work_item",
  progress_report: "progress_report",
  supervision_notice: "supervision_notice",
  extension_request: "request",
  completion_request: "request",
  plan: "plan",
};

export const emptyNames = (): AuditNames => ({
  users: new Map(),
  departments: new Map(),
  items: new Map(),
  indicators: new Map(),
});

/** Ids a page of records refers to, so the caller can look up just those names. */
export function referencedIds(events: AuditEventLike[]) {
  const ids = {
    users: new Set<number>(),
    departments: new Set<number>(),
    items: new Set<number>(),
    indicators: new Set<number>(),
  };
  const visit = (field: string, value: unknown, entityType: string) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(field, v, entityType));
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(k, v, entityType);
      return;
    }
    if (typeof value !== "number") return;
    if (USER_FIELDS.has(field)) ids.users.add(value);
    else if (DEPARTMENT_FIELDS.has(field) || (field === "parentId" && entityType === "department"))
      ids.departments.add(value);
    else if (ITEM_FIELDS.has(field) || (field === "parentId" && entityType === "work_item")) ids.items.add(value);
    else if (field === "indicatorId") ids.indicators.add(value);
  };
  for (const e of events) {
    visit("", e.before, e.entityType);
    visit("", e.after, e.entityType);
    const id = Number(e.entityId);
    if (e.entityType === "user" && id) ids.users.add(id);
    if (e.entityType === "department" && id) ids.departments.add(id);
  }
  return ids;
}

export function fieldLabel(labels: AuditLabels, field: string): string {
  return labels.fields[field] ?? labels.other;
}

/** One value in words; `field` decides how ids and codes are named. */
export function presentValue(
  labels: AuditLabels,
  names: AuditNames,
  entityType: string,
  field: string,
  value: unknown,
): string {
  if (value == null || value === "") return "";
  if (Array.isArray(value)) {
    return value
      .map((v) => presentValue(labels, names, entityType, field, v))
      .filter(Boolean)
      .join(labels.listSeparator);
  }
  if (typeof value === "object") return presentObject(labels, names, entityType, value as Record<string, unknown>);
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "number") {
    if (USER_FIELDS.has(field)) return names.users.get(value) ?? labels.unknownUser;
    if (DEPARTMENT_FIELDS.has(field) || (field === "parentId" && entityType === "department"))
      return names.departments.get(value) ?? labels.unknownDepartment;
    if (ITEM_FIELDS.has(field) || (field === "parentId" && entityType === "work_item"))
      return names.items.get(value) ?? labels.unknownItem;
    if (field === "indicatorId") return names.indicators.get(value) ?? labels.unknownIndicator;
    return String(value);
  }
  const text = String(value);
  if (field === "status" || field === "itemStatus") {
    const group = field === "itemStatus" ? "work_item" : STATUS_GROUP[entityType];
    const hit = (group && labels.status[group]?.[text]) ?? Object.values(labels.status).find((m) => m[text])?.[text];
    if (hit) return hit;
  }
  const mapped = labels.values[field]?.[text];
  if (mapped) return mapped;
  if (ISO_INSTANT.test(text)) return formatDateTime(text);
  return field.endsWith("On") ? formatDate(text) : text;
}

/** A nested object: a file by its name, a reading as "indicator: value", anything else as labelled pairs. */
function presentObject(
  labels: AuditLabels,
  names: AuditNames,
  entityType: string,
  value: Record<string, unknown>,
): string {
  if (typeof value.filename === "string") return value.filename;
  if (typeof value.indicatorId === "number") {
    return `${presentValue(labels, names, entityType, "indicatorId", value.indicatorId)}: ${presentValue(labels, names, entityType, "value", value.value)}`;
  }
  return Object.entries(value)
    .filter(([k, v]) => !HIDDEN.has(k) && v != null && v !== "")
    .map(([k, v]) => `${fieldLabel(labels, k)}: ${presentValue(labels, names, entityType, k, v)}`)
    .join(";");
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Changed fields in words, bookkeeping left out; a record without fields shows as one unnamed change. */
export function presentChanges(labels: AuditLabels, names: AuditNames, event: AuditEventLike): PresentedChange[] {
  const isRecord = (v: unknown): v is Record<string, unknown> | null =>
    v == null || (typeof v === "object" && !Array.isArray(v));
  if (!isRecord(event.before) || !isRecord(event.after)) {
    const show = (v: unknown) => presentValue(labels, names, event.entityType, "", v);
    return [{ field: "", label: "", before: show(event.before), after: show(event.after) }];
  }
  const before = event.before ?? {};
  const after = event.after ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((f) => !HIDDEN.has(f) && !same(before[f], after[f]))
    .map((field) => ({
      field,
      label: fieldLabel(labels, field),
      before: presentValue(labels, names, event.entityType, field, before[field]),
      after: presentValue(labels, names, event.entityType, field, after[field]),
    }));
}

/** "督办单" / "用户 王秘书": what the record is about, without internal ids. */
export function presentEntity(labels: AuditLabels, names: AuditNames, event: AuditEventLike): string {
  const kind = labels.entities[event.entityType] ?? labels.other;
  const id = Number(event.entityId);
  if (event.entityType === "user" && id) return `${kind} ${names.users.get(id) ?? ""}`.trim();
  if (event.entityType === "department" && id) return `${kind} ${names.departments.get(id) ?? ""}`.trim();
  if (event.entityType === "reminder_scan" && event.entityId) return `${kind} ${formatDate(event.entityId)}`;
  return kind;
}

/** A change as one line of text, for the CSV: "状态: 待答复 → 已答复". */
export function changeLine(labels: AuditLabels, c: PresentedChange): string {
  const value = c.before && c.after ? `${c.before} → ${c.after}` : c.after || `${c.before} → ${labels.empty}`;
  return c.label ? `${c.label}: ${value}` : value;
}
