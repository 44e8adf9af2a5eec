CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "data_version_one_row" CHECK ("data_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "data_version_bump" (
	"txid" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Plan data changed in this transaction: note it once (a transaction-local flag), for the commit trigger below.
CREATE FUNCTION data_version_note() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('duban.data_changed', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('duban.data_changed', 'on', true);
    INSERT INTO data_version_bump (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION data_version_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows) THEN PERFORM data_version_note(); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION data_version_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows) THEN PERFORM data_version_note(); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION data_version_mark_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM data_version_note();
  RETURN NULL;
END $$;
--> statement-breakpoint
-- At commit (deferred), once per transaction that noted a change: the version moves forward. It is a
-- microsecond timestamp that only grows, so a restored backup never brings back a number that a running
-- server cached under other data. The row lock is held only while the transaction commits.
CREATE FUNCTION data_version_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version
    SET version = greatest(version + 1, (extract(epoch from clock_timestamp()) * 1000000)::bigint)
    WHERE id = 1;
  DELETE FROM data_version_bump WHERE txid = NEW.txid;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_version_commit AFTER INSERT ON data_version_bump DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_commit();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "app_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "app_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "app_settings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "app_settings" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "assignments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "assignments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "assignments" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "bulletins" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "bulletins" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "bulletins" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "bulletins" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "completion_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "completion_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "completion_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "completion_requests" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "department_aliases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "department_aliases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "department_aliases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "department_aliases" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "department_group_members" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "department_group_members" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "department_group_members" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "department_group_members" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "department_groups" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "department_groups" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "department_groups" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "department_groups" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "departments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "departments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "departments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "departments" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "evidence_files" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "evidence_files" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "evidence_files" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "evidence_files" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "extension_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "extension_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "extension_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "extension_requests" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "indicator_readings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "indicator_readings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "indicator_readings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "indicator_readings" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "indicators" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "indicators" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "indicators" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "indicators" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "item_health" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "item_health" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "item_health" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "item_health" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "item_health_history" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "item_health_history" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "item_health_history" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "item_health_history" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "plans" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "plans" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "plans" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "progress_report_revisions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "progress_report_revisions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "progress_report_revisions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "progress_report_revisions" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "progress_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "progress_reports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "progress_reports" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "progress_reports" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "report_obligations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "report_obligations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "report_obligations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "report_obligations" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "score_rule_sets" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "score_rule_sets" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "score_rule_sets" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "score_rule_sets" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "screen_links" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "screen_links" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "screen_links" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "screen_links" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "sections" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "sections" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "sections" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "sections" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "supervision_notices" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "supervision_notices" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "supervision_notices" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "supervision_notices" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "work_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "work_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "work_items" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "work_items" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
--> statement-breakpoint
CREATE TRIGGER data_version_insert AFTER INSERT ON "item_health_dirty" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_update AFTER UPDATE ON "item_health_dirty" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_new();
--> statement-breakpoint
CREATE TRIGGER data_version_delete AFTER DELETE ON "item_health_dirty" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_old();
--> statement-breakpoint
CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "item_health_dirty" FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark_truncate();
