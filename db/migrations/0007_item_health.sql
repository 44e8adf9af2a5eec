CREATE TYPE "public"."health_level" AS ENUM('red', 'yellow', 'green', 'completed');--> statement-breakpoint
CREATE TABLE "item_health" (
	"workItemId" integer PRIMARY KEY NOT NULL,
	"planId" integer NOT NULL,
	"health" "health_level" NOT NULL,
	"urgency" smallint NOT NULL,
	"reasons" jsonb NOT NULL,
	"daysOverdue" integer NOT NULL,
	"missingReports" integer NOT NULL,
	"progressPercent" integer,
	"dueOn" date,
	"computedOn" date NOT NULL,
	"computedAt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_health_dirty" (
	"workItemId" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_health" ADD CONSTRAINT "item_health_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_health" ADD CONSTRAINT "item_health_planId_plans_id_fk" FOREIGN KEY ("planId") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_health_urgency_idx" ON "item_health" USING btree ("urgency","daysOverdue");--> statement-breakpoint
CREATE INDEX "item_health_plan_idx" ON "item_health" USING btree ("planId","urgency");--> statement-breakpoint
CREATE INDEX "item_health_computed_on_idx" ON "item_health" USING btree ("computedOn");
--> statement-breakpoint
-- Health read model: statement-level triggers mark the items whose health may have changed (see db/schema/health.ts).
CREATE OR REPLACE FUNCTION item_health_mark_work_items_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."id" FROM new_rows r WHERE (r.status <> 'draft' OR EXISTS (SELECT 1 FROM item_health h WHERE h."workItemId" = r.id)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_work_items_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."id" FROM old_rows r WHERE "id" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "work_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_work_items_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "work_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_work_items_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "work_items" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_work_items_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_assignments_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM new_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_assignments_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM old_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_assignments_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_assignments_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_assignments_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_progress_reports_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM new_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_progress_reports_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM old_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "progress_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_progress_reports_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "progress_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_progress_reports_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "progress_reports" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_progress_reports_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_supervision_notices_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM new_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_supervision_notices_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM old_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "supervision_notices" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_supervision_notices_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "supervision_notices" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_supervision_notices_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "supervision_notices" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_supervision_notices_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicators_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM new_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicators_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId") SELECT DISTINCT r."workItemId" FROM old_rows r WHERE "workItemId" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "indicators" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicators_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "indicators" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicators_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "indicators" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicators_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicator_readings_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId")
    SELECT DISTINCT i."workItemId" FROM new_rows r JOIN indicators i ON i.id = r."indicatorId" ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicator_readings_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty ("workItemId")
    SELECT DISTINCT i."workItemId" FROM old_rows r JOIN indicators i ON i.id = r."indicatorId" ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_insert AFTER INSERT ON "indicator_readings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicator_readings_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_update AFTER UPDATE ON "indicator_readings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicator_readings_new();
--> statement-breakpoint
CREATE TRIGGER item_health_mark_delete AFTER DELETE ON "indicator_readings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_health_mark_indicator_readings_old();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_plan() RETURNS trigger AS $$
BEGIN
  IF NEW."periodEnd" IS DISTINCT FROM OLD."periodEnd" THEN
    INSERT INTO item_health_dirty ("workItemId") SELECT w.id FROM work_items w WHERE w."planId" = NEW.id AND w.status <> 'draft' ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_mark_plan AFTER UPDATE OF "periodEnd" ON "plans" FOR EACH ROW EXECUTE FUNCTION item_health_mark_plan();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_settings_changed() RETURNS trigger AS $$
BEGIN
  UPDATE item_health SET "computedOn" = DATE '1900-01-01';
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER item_health_settings_changed AFTER INSERT OR UPDATE OR DELETE ON "app_settings" FOR EACH STATEMENT EXECUTE FUNCTION item_health_settings_changed();
--> statement-breakpoint
-- Items dispatched before this migration: the first reader computes their health.
INSERT INTO item_health_dirty ("workItemId") SELECT id FROM work_items WHERE status <> 'draft' ON CONFLICT DO NOTHING;
