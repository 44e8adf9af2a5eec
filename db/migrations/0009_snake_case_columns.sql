-- Column names in snake_case, the convention of PostgreSQL and of every SQL and BI tool that reads
-- this database (a camelCase column must be written in double quotes everywhere). Renamed in place:
-- no row is copied or lost, and indexes, constraints and triggers follow their columns. Foreign keys
-- and unique constraints take the names drizzle-kit gives them for the new columns. The functions
-- that name columns in their bodies are defined again with the new names; the audit hash reads
-- the same values in the same order, so every hash already in the chain still verifies.
ALTER TABLE "department_aliases" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "department_aliases" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "department_aliases" RENAME CONSTRAINT "department_aliases_departmentId_departments_id_fk" TO "department_aliases_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "department_group_members" RENAME COLUMN "groupId" TO "group_id";
--> statement-breakpoint
ALTER TABLE "department_group_members" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "department_group_members" RENAME CONSTRAINT "department_group_members_groupId_department_groups_id_fk" TO "department_group_members_group_id_department_groups_id_fk";
--> statement-breakpoint
ALTER TABLE "department_group_members" RENAME CONSTRAINT "department_group_members_departmentId_departments_id_fk" TO "department_group_members_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "department_group_members" RENAME CONSTRAINT "department_group_members_groupId_departmentId_pk" TO "department_group_members_group_id_department_id_pk";
--> statement-breakpoint
ALTER TABLE "department_groups" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "department_groups" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "fullName" TO "full_name";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "shortName" TO "short_name";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "parentId" TO "parent_id";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "isActive" TO "is_active";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "departments" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "login_attempts" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "displayName" TO "display_name";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "passwordHash" TO "password_hash";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "isActive" TO "is_active";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "mustChangePassword" TO "must_change_password";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "sessionEpoch" TO "session_epoch";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "passwordExpiresAt" TO "password_expires_at";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "lastLoginAt" TO "last_login_at";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "users" RENAME CONSTRAINT "users_departmentId_departments_id_fk" TO "users_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "docNumber" TO "doc_number";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "issuedOn" TO "issued_on";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "effectiveFrom" TO "effective_from";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "validUntil" TO "valid_until";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "periodStart" TO "period_start";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "periodEnd" TO "period_end";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "sourceText" TO "source_text";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "sourceHash" TO "source_hash";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "sourceFilename" TO "source_filename";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "publishedAt" TO "published_at";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "createdBy" TO "created_by";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "plans" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "plans" RENAME CONSTRAINT "plans_createdBy_users_id_fk" TO "plans_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "sections" RENAME COLUMN "planId" TO "plan_id";
--> statement-breakpoint
ALTER TABLE "sections" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "sections" RENAME CONSTRAINT "sections_planId_plans_id_fk" TO "sections_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "originText" TO "origin_text";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "acknowledgedAt" TO "acknowledged_at";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "acknowledgedBy" TO "acknowledged_by";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME CONSTRAINT "assignments_workItemId_work_items_id_fk" TO "assignments_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME CONSTRAINT "assignments_departmentId_departments_id_fk" TO "assignments_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" RENAME CONSTRAINT "assignments_acknowledgedBy_users_id_fk" TO "assignments_acknowledged_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "targetValue" TO "target_value";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "baselineValue" TO "baseline_value";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "baselineOn" TO "baseline_on";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "dueOn" TO "due_on";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "sourceText" TO "source_text";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "indicators" RENAME CONSTRAINT "indicators_workItemId_work_items_id_fk" TO "indicators_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "planId" TO "plan_id";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "sectionId" TO "section_id";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "parentId" TO "parent_id";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "dueOn" TO "due_on";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "originalDueOn" TO "original_due_on";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "reportingCycle" TO "reporting_cycle";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "reportDueDay" TO "report_due_day";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "unitsText" TO "units_text";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "dispatchedAt" TO "dispatched_at";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "dispatchedBy" TO "dispatched_by";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "completedAt" TO "completed_at";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME CONSTRAINT "work_items_planId_plans_id_fk" TO "work_items_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME CONSTRAINT "work_items_sectionId_sections_id_fk" TO "work_items_section_id_sections_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME CONSTRAINT "work_items_parentId_work_items_id_fk" TO "work_items_parent_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" RENAME CONSTRAINT "work_items_dispatchedBy_users_id_fk" TO "work_items_dispatched_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator_readings" RENAME COLUMN "reportId" TO "report_id";
--> statement-breakpoint
ALTER TABLE "indicator_readings" RENAME COLUMN "indicatorId" TO "indicator_id";
--> statement-breakpoint
ALTER TABLE "indicator_readings" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "indicator_readings" RENAME CONSTRAINT "indicator_readings_reportId_progress_reports_id_fk" TO "indicator_readings_report_id_progress_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator_readings" RENAME CONSTRAINT "indicator_readings_indicatorId_indicators_id_fk" TO "indicator_readings_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_report_revisions" RENAME COLUMN "reportId" TO "report_id";
--> statement-breakpoint
ALTER TABLE "progress_report_revisions" RENAME COLUMN "createdBy" TO "created_by";
--> statement-breakpoint
ALTER TABLE "progress_report_revisions" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "progress_report_revisions" RENAME CONSTRAINT "progress_report_revisions_reportId_progress_reports_id_fk" TO "progress_report_revisions_report_id_progress_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_report_revisions" RENAME CONSTRAINT "progress_report_revisions_createdBy_users_id_fk" TO "progress_report_revisions_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "progressStatus" TO "progress_status";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "helpNeeded" TO "help_needed";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "submittedAt" TO "submitted_at";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "submittedBy" TO "submitted_by";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "reviewedAt" TO "reviewed_at";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "reviewedBy" TO "reviewed_by";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "returnReason" TO "return_reason";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "createdBy" TO "created_by";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME CONSTRAINT "progress_reports_workItemId_work_items_id_fk" TO "progress_reports_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME CONSTRAINT "progress_reports_departmentId_departments_id_fk" TO "progress_reports_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME CONSTRAINT "progress_reports_submittedBy_users_id_fk" TO "progress_reports_submitted_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME CONSTRAINT "progress_reports_reviewedBy_users_id_fk" TO "progress_reports_reviewed_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "progress_reports" RENAME CONSTRAINT "progress_reports_createdBy_users_id_fk" TO "progress_reports_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "requestedBy" TO "requested_by";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "decidedBy" TO "decided_by";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "decidedAt" TO "decided_at";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "decisionNote" TO "decision_note";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME CONSTRAINT "completion_requests_workItemId_work_items_id_fk" TO "completion_requests_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME CONSTRAINT "completion_requests_departmentId_departments_id_fk" TO "completion_requests_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME CONSTRAINT "completion_requests_requestedBy_users_id_fk" TO "completion_requests_requested_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "completion_requests" RENAME CONSTRAINT "completion_requests_decidedBy_users_id_fk" TO "completion_requests_decided_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "currentDueOn" TO "current_due_on";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "requestedDueOn" TO "requested_due_on";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "requestedBy" TO "requested_by";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "decidedBy" TO "decided_by";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "decidedAt" TO "decided_at";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "decisionNote" TO "decision_note";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME CONSTRAINT "extension_requests_workItemId_work_items_id_fk" TO "extension_requests_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME CONSTRAINT "extension_requests_departmentId_departments_id_fk" TO "extension_requests_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME CONSTRAINT "extension_requests_requestedBy_users_id_fk" TO "extension_requests_requested_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "extension_requests" RENAME CONSTRAINT "extension_requests_decidedBy_users_id_fk" TO "extension_requests_decided_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "respondBy" TO "respond_by";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "issuedBy" TO "issued_by";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "respondedAt" TO "responded_at";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "respondedBy" TO "responded_by";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "closedAt" TO "closed_at";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "closedBy" TO "closed_by";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "escalatedFromId" TO "escalated_from_id";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_workItemId_work_items_id_fk" TO "supervision_notices_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_departmentId_departments_id_fk" TO "supervision_notices_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_issuedBy_users_id_fk" TO "supervision_notices_issued_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_respondedBy_users_id_fk" TO "supervision_notices_responded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_closedBy_users_id_fk" TO "supervision_notices_closed_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_notices" RENAME CONSTRAINT "supervision_notices_escalatedFromId_supervision_notices_id_fk" TO "supervision_notices_escalated_from_id_supervision_notices_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME COLUMN "userId" TO "user_id";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME COLUMN "dedupeKey" TO "dedupe_key";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME COLUMN "readAt" TO "read_at";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME CONSTRAINT "notifications_userId_users_id_fk" TO "notifications_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" RENAME CONSTRAINT "notifications_dedupeKey_unique" TO "notifications_dedupe_key_unique";
--> statement-breakpoint
ALTER TABLE "outbox_messages" RENAME COLUMN "dedupeKey" TO "dedupe_key";
--> statement-breakpoint
ALTER TABLE "outbox_messages" RENAME COLUMN "lastError" TO "last_error";
--> statement-breakpoint
ALTER TABLE "outbox_messages" RENAME COLUMN "sentAt" TO "sent_at";
--> statement-breakpoint
ALTER TABLE "outbox_messages" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "outbox_messages" RENAME CONSTRAINT "outbox_messages_dedupeKey_unique" TO "outbox_messages_dedupe_key_unique";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "ownerType" TO "owner_type";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "ownerId" TO "owner_id";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "mimeType" TO "mime_type";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "uploadedBy" TO "uploaded_by";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME CONSTRAINT "evidence_files_workItemId_work_items_id_fk" TO "evidence_files_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence_files" RENAME CONSTRAINT "evidence_files_uploadedBy_users_id_fk" TO "evidence_files_uploaded_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "file_blobs" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "actorId" TO "actor_id";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "actorName" TO "actor_name";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "entityType" TO "entity_type";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "entityId" TO "entity_id";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "planId" TO "plan_id";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "departmentId" TO "department_id";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "audit_events" RENAME COLUMN "prevHash" TO "prev_hash";
--> statement-breakpoint
ALTER TABLE "app_settings" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "password_history" RENAME COLUMN "userId" TO "user_id";
--> statement-breakpoint
ALTER TABLE "password_history" RENAME COLUMN "passwordHash" TO "password_hash";
--> statement-breakpoint
ALTER TABLE "password_history" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "password_history" RENAME CONSTRAINT "password_history_userId_users_id_fk" TO "password_history_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "recovery_codes" RENAME COLUMN "userId" TO "user_id";
--> statement-breakpoint
ALTER TABLE "recovery_codes" RENAME COLUMN "codeHash" TO "code_hash";
--> statement-breakpoint
ALTER TABLE "recovery_codes" RENAME COLUMN "usedAt" TO "used_at";
--> statement-breakpoint
ALTER TABLE "recovery_codes" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "recovery_codes" RENAME CONSTRAINT "recovery_codes_userId_users_id_fk" TO "recovery_codes_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME COLUMN "userId" TO "user_id";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME COLUMN "pendingSecret" TO "pending_secret";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME COLUMN "enabledAt" TO "enabled_at";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME COLUMN "lastUsedStep" TO "last_used_step";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME COLUMN "updatedAt" TO "updated_at";
--> statement-breakpoint
ALTER TABLE "second_factors" RENAME CONSTRAINT "second_factors_userId_users_id_fk" TO "second_factors_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "user_sessions" RENAME COLUMN "userId" TO "user_id";
--> statement-breakpoint
ALTER TABLE "user_sessions" RENAME COLUMN "expiresAt" TO "expires_at";
--> statement-breakpoint
ALTER TABLE "user_sessions" RENAME COLUMN "revokedAt" TO "revoked_at";
--> statement-breakpoint
ALTER TABLE "user_sessions" RENAME COLUMN "createdAt" TO "created_at";
--> statement-breakpoint
ALTER TABLE "user_sessions" RENAME CONSTRAINT "user_sessions_userId_users_id_fk" TO "user_sessions_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "planId" TO "plan_id";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "daysOverdue" TO "days_overdue";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "missingReports" TO "missing_reports";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "progressPercent" TO "progress_percent";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "indicatorsReported" TO "indicators_reported";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "indicatorsAttained" TO "indicators_attained";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "dueOn" TO "due_on";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "computedOn" TO "computed_on";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME COLUMN "computedAt" TO "computed_at";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME CONSTRAINT "item_health_workItemId_work_items_id_fk" TO "item_health_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "item_health" RENAME CONSTRAINT "item_health_planId_plans_id_fk" TO "item_health_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "item_health_dirty" RENAME COLUMN "workItemId" TO "work_item_id";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events) RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq, e.prev_hash, e.id, e.actor_id, e.actor_name, e.action, e.entity_type, e.entity_id,
    e.plan_id, e.work_item_id, e.department_id, e.before, e.after, e.ip,
    to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text, 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  -- Same key as lib/services/audit-chain.ts AUDIT_CHAIN_LOCK_KEY.
  PERFORM pg_advisory_xact_lock(71402024);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_work_items_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r."id" FROM new_rows r WHERE (r.status <> 'draft' OR EXISTS (SELECT 1 FROM item_health h WHERE h.work_item_id = r.id)) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_work_items_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r."id" FROM old_rows r WHERE "id" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_assignments_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM new_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_assignments_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM old_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_progress_reports_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM new_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_progress_reports_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM old_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_supervision_notices_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM new_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_supervision_notices_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM old_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicators_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM new_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicators_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id) SELECT DISTINCT r.work_item_id FROM old_rows r WHERE work_item_id IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicator_readings_new() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id)
    SELECT DISTINCT i.work_item_id FROM new_rows r JOIN indicators i ON i.id = r.indicator_id ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_indicator_readings_old() RETURNS trigger AS $$
BEGIN
  INSERT INTO item_health_dirty (work_item_id)
    SELECT DISTINCT i.work_item_id FROM old_rows r JOIN indicators i ON i.id = r.indicator_id ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_mark_plan() RETURNS trigger AS $$
BEGIN
  IF NEW.period_end IS DISTINCT FROM OLD.period_end THEN
    INSERT INTO item_health_dirty (work_item_id) SELECT w.id FROM work_items w WHERE w.plan_id = NEW.id AND w.status <> 'draft' ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION item_health_settings_changed() RETURNS trigger AS $$
BEGIN
  UPDATE item_health SET computed_on = DATE '1900-01-01';
  RETURN NULL;
END $$ LANGUAGE plpgsql;
