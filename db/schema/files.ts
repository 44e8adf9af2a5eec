import { bigint, customType, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, stampedAt } from "./_columns";
import { users } from "./users";
import { workItems } from "./work-items";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** File content by hash, stored once; kept in the database so every app instance can serve it. */
export const fileBlobs = pgTable("file_blobs", {
  sha256: text("sha256").primaryKey(),
  size: bigint("size", { mode: "number" }).notNull(),
  content: bytea("content").notNull(),
  createdAt: createdAt(),
});

/** An evidence file attached to something about a work item (report, completion, notice response). */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: id(),
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    /** progress_report · completion_request · supervision_notice · extension_request */
    ownerType: text("owner_type").notNull(),
    ownerId: integer("owner_id").notNull(),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256")
      .notNull()
      .references(() => fileBlobs.sha256),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: stampedAt(),
  },
  (t) => [index("evidence_owner").on(t.ownerType, t.ownerId), index("evidence_item").on(t.workItemId)],
);
export type EvidenceFile = typeof evidenceFiles.$inferSelect;
