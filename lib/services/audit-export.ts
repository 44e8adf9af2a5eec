import "server-only";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { and, count, gt, lte, max, notLike, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { csvCell } from "@/lib/export/csv";
import { recordExport } from "./audit";
import { recordsQuery, whereOf, type AuditFilters, type AuditRecord } from "./audit-log";
import { readerScope } from "./audit-scope";
import { cacheKey, dataCacheEnabled, readDataVersion } from "./data-version";

/** The most records one export holds; past it the auditor narrows the filter. */
export const AUDIT_EXPORT_LIMIT = 100_000;
/** Records per chunk read while the file is written. */
export const AUDIT_EXPORT_CHUNK = 1000;
/** Finished files kept for reuse (gzip, a few MB each at the limit). */
const KEPT_FILES = 4;

/** An audit export: the CSV (UTF-8 with a BOM, so Excel shows Chinese correctly), gzip-compressed. */
export interface AuditExportFile {
  gzip: Uint8Array<ArrayBuffer>;
  rows: number;
}

interface Build {
  /** The trail as it stood when the build began: records numbered up to here. */
  upTo: number;
  dataVersion: number;
  rows: number;
  building: boolean;
  file: Promise<Uint8Array<ArrayBuffer>>;
}

const builds = new Map<string, Build>();
const deciding = new Map<string, Promise<unknown>>();

/**
 * The filtered records as a CSV file, newest first, at most AUDIT_EXPORT_LIMIT of them. The export is
 * recorded (with the rows it holds) before the file is handed over.
 *
 * The file is the trail as it stood when it was asked for. A 100,000-row file takes seconds to write,
 * so those who ask for the same records (same filters, same reader scope, same language) share it:
 *
 * - while it is being written, a later asker joins it if nothing but exports has been recorded among
 *   those records since it began (their file is the trail of a moment before they asked: the exports
 *   made meanwhile, their own included, are in the next one);
 * - once written, it is handed out again only while none of its records has been added since, so
 *   it is then exactly what writing it afresh would give. The plan data's version is in the key too,
 *   for the names the records are shown with.
 *
 * `DATA_CACHE=off` writes every file afresh.
 */
export async function auditExport(params: {
  actor: Actor;
  filters?: AuditFilters;
  locale: string;
  headers: string[];
  format: (rows: AuditRecord[]) => Promise<unknown[][]>;
}): Promise<AuditExportFile> {
  authorize(params.actor, "audit.read");
  const filters = params.filters ?? {};
  const where = whereOf(params.actor, filters);
  const key = cacheKey("auditExport", readerScope(params.actor), filters, params.locale);
  const start = (upTo: number) => writeFile(and(where, lte(auditEvents.seq, upTo)), params.headers, params.format);
  const build = dataCacheEnabled()
    ? await oneAtATime(key, () => sharedBuild(key, where, start))
    : await newBuild(where, start);
  await recordExport({ actor: params.actor, kind: "audit", filters, rows: build.rows });
  return { gzip: await build.file, rows: build.rows };
}

/** Runs `decide` for `key` after any decision for it already under way (so two askers don't both start). */
async function oneAtATime<T>(key: string, decide: () => Promise<T>): Promise<T> {
  const previous = deciding.get(key) ?? Promise.resolve();
  const next = previous.then(decide, decide);
  deciding.set(key, next);
  try {
    return await next;
  } finally {
    if (deciding.get(key) === next) deciding.delete(key);
  }
}

async function sharedBuild(
  key: string,
  where: SQL | undefined,
  start: (upTo: number) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Build> {
  const dataVersion = await readDataVersion();
  const held = builds.get(key);
  if (held && held.dataVersion === dataVersion && !(await addedSince(where, held))) {
    builds.delete(key);
    builds.set(key, held);
    return held;
  }
  const build = await newBuild(where, start, dataVersion);
  builds.set(key, build);
  build.file.then(
    () => (build.building = false),
    () => builds.get(key) === build && builds.delete(key),
  );
  while (builds.size > KEPT_FILES) builds.delete(builds.keys().next().value!);
  return build;
}

async function newBuild(
  where: SQL | undefined,
  start: (upTo: number) => Promise<Uint8Array<ArrayBuffer>>,
  dataVersion = 0,
): Promise<Build> {
  // The trail is numbered in commit order (the chain's lock is held to the commit): every record
  // committed later has a higher number.
  const [last] = await db.select({ seq: max(auditEvents.seq) }).from(auditEvents);
  const upTo = last?.seq ?? 0;
  const capped = db
    .select({ one: sql`1` })
    .from(auditEvents)
    .where(and(where, lte(auditEvents.seq, upTo)))
    .limit(AUDIT_EXPORT_LIMIT)
    .as("capped");
  const [counted] = await db.select({ n: count() }).from(capped);
  const file = start(upTo);
  file.catch(() => undefined);
  return { upTo, dataVersion, rows: Number(counted?.n ?? 0), building: true, file };
}

/** Whether a record among `where` has been added since the build began (exports aside while it is still being written). */
async function addedSince(where: SQL | undefined, build: Build): Promise<boolean> {
  const [hit] = await db
    .select({ one: sql`1` })
    .from(auditEvents)
    .where(
      and(where, gt(auditEvents.seq, build.upTo), build.building ? notLike(auditEvents.action, "export.%") : undefined),
    )
    .limit(1);
  return hit !== undefined;
}

/**
 * Writes the CSV through gzip a chunk of records at a time (newest first, by keyset, so memory holds
 * one chunk of records whatever the trail's size, plus the compressed file).
 */
async function writeFile(
  where: SQL | undefined,
  headers: string[],
  format: (rows: AuditRecord[]) => Promise<unknown[][]>,
): Promise<Uint8Array<ArrayBuffer>> {
  const gzip = createGzip();
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const ended = once(gzip, "end");
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  await write(`\uFEFF${headers.map(csvCell).join(",")}\r\n`);
  // The next chunk is read while this one is written: the database and the formatting overlap.
  const chunkAfter = (afterId: number | null, sent: number): Promise<AuditRecord[]> => {
    const limit = Math.min(AUDIT_EXPORT_CHUNK, AUDIT_EXPORT_LIMIT - sent);
    if (limit <= 0) return Promise.resolve([]);
    // After the last row read, in the page's order; the row's own timestamp, at the database's precision.
    const keyset =
      afterId == null
        ? undefined
        : sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (select a.created_at, a.id from ${auditEvents} a where a.id = ${afterId})`;
    return recordsQuery(and(where, keyset)).limit(limit).execute();
  };
  let next = chunkAfter(null, 0);
  for (let sent = 0; ;) {
    const rows = await next;
    if (rows.length === 0) break;
    sent += rows.length;
    next = chunkAfter(rows.at(-1)!.event.id, sent);
    next.catch(() => undefined);
    const cells = await format(rows);
    await write(cells.map((c) => `${c.map(csvCell).join(",")}\r\n`).join(""));
  }
  gzip.end();
  await ended;
  return Buffer.concat(parts);
}
