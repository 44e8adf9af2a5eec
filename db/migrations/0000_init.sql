CREATE TYPE "public"."department_kind" AS ENUM('municipal', 'district', 'agency', 'other');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'secretariat', 'supervisor', 'liaison', 'leader');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."assignment_role" AS ENUM('lead', 'support');--> statement-breakpoint
CREATE TYPE "public"."indicator_comparator" AS ENUM('>=', '<=', '>', '<', '=', '~');--> statement-breakpoint
CREATE TYPE "public"."reporting_cycle" AS ENUM('monthly', 'quarterly', 'none');--> statement-breakpoint
CREATE TYPE "public"."work_item_kind" AS ENUM('goal', 'task', 'project', 'measure', 'subtask');--> statement-breakpoint
CREATE TYPE "public"."work_item_status" AS ENUM('draft', 'dispatched', 'completed');--> statement-breakpoint
CREATE TYPE "public"."progress_status" AS ENUM('not_started', 'in_progress', 'done', 'blocked');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'returned', 'accepted');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('pending', 'approved', 'refused', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."notice_level" AS ENUM('reminder', 'urge', 'supervise');--> statement-breakpoint
CREATE TYPE "public"."notice_status" AS ENUM('open', 'responded', 'closed', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."outbox_channel" AS ENUM('mail', 'webhook');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed', 'held');--> statement-breakpoint
CREATE TABLE "department_aliases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "department_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"departmentId" integer NOT NULL,
	"alias" text NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_aliases_alias_unique" UNIQUE("alias")
);
--> statement-breakpoint
CREATE TABLE "department_group_members" (
	"groupId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "department_group_members_groupId_departmentId_pk" PRIMARY KEY("groupId","departmentId")
);
--> statement-breakpoint
CREATE TABLE "department_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "department_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_groups_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"fullName" text,
	"shortName" text,
	"kind" "department_kind" DEFAULT 'municipal' NOT NULL,
	"parentId" integer,
	"isActive" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"ip" text,
	"success" boolean NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"displayName" text NOT NULL,
	"passwordHash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"departmentId" integer,
	"email" text,
	"phone" text,
	"isActive" boolean DEFAULT true NOT NULL,
	"mustChangePassword" boolean DEFAULT false NOT NULL,
	"sessionEpoch" integer DEFAULT 0 NOT NULL,
	"lastLoginAt" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"docNumber" text,
	"issuer" text,
	"issuedOn" date,
	"effectiveFrom" date,
	"validUntil" date,
	"periodStart" date,
	"periodEnd" date,
	"sourceText" text,
	"sourceHash" text,
	"sourceFilename" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "plan_status" DEFAULT 'draft' NOT NULL,
	"publishedAt" timestamp with time zone,
	"createdBy" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"planId" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"role" "assignment_role" NOT NULL,
	"originText" text,
	"position" integer DEFAULT 0 NOT NULL,
	"acknowledgedAt" timestamp with time zone,
	"acknowledgedBy" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"name" text NOT NULL,
	"comparator" "indicator_comparator" NOT NULL,
	"targetValue" numeric NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"approximate" boolean DEFAULT false NOT NULL,
	"baselineValue" numeric,
	"baselineOn" date,
	"dueOn" date,
	"sourceText" text,
	"position" integer DEFAULT 0 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"planId" integer NOT NULL,
	"sectionId" integer NOT NULL,
	"parentId" integer,
	"kind" "work_item_kind" NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"dueOn" date,
	"originalDueOn" date,
	"ongoing" boolean DEFAULT false NOT NULL,
	"status" "work_item_status" DEFAULT 'draft' NOT NULL,
	"reportingCycle" "reporting_cycle" DEFAULT 'monthly' NOT NULL,
	"reportDueDay" integer DEFAULT 25 NOT NULL,
	"unitsText" text,
	"dispatchedAt" timestamp with time zone,
	"dispatchedBy" integer,
	"completedAt" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_readings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_readings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reportId" integer NOT NULL,
	"indicatorId" integer NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_report_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_report_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reportId" integer NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"createdBy" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"period" text NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"progressStatus" "progress_status" DEFAULT 'in_progress' NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"difficulties" text,
	"helpNeeded" text,
	"submittedAt" timestamp with time zone,
	"submittedBy" integer,
	"reviewedAt" timestamp with time zone,
	"reviewedBy" integer,
	"returnReason" text,
	"createdBy" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "completion_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "completion_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"summary" text NOT NULL,
	"status" "request_status" DEFAULT 'pending' NOT NULL,
	"requestedBy" integer NOT NULL,
	"decidedBy" integer,
	"decidedAt" timestamp with time zone,
	"decisionNote" text,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "extension_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"currentDueOn" date,
	"requestedDueOn" date NOT NULL,
	"reason" text NOT NULL,
	"status" "request_status" DEFAULT 'pending' NOT NULL,
	"requestedBy" integer NOT NULL,
	"decidedBy" integer,
	"decidedAt" timestamp with time zone,
	"decisionNote" text,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"departmentId" integer NOT NULL,
	"level" "notice_level" NOT NULL,
	"reason" text NOT NULL,
	"respondBy" date NOT NULL,
	"status" "notice_status" DEFAULT 'open' NOT NULL,
	"issuedBy" integer NOT NULL,
	"response" text,
	"respondedAt" timestamp with time zone,
	"respondedBy" integer,
	"closedAt" timestamp with time zone,
	"closedBy" integer,
	"escalatedFromId" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"userId" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"dedupeKey" text,
	"readAt" timestamp with time zone,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_dedupeKey_unique" UNIQUE("dedupeKey")
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"channel" "outbox_channel" NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"payload" jsonb,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"dedupeKey" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lastError" text,
	"sentAt" timestamp with time zone,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_dedupeKey_unique" UNIQUE("dedupeKey")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workItemId" integer NOT NULL,
	"ownerType" text NOT NULL,
	"ownerId" integer NOT NULL,
	"filename" text NOT NULL,
	"mimeType" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploadedBy" integer NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"content" "bytea" NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actorId" integer,
	"actorName" text,
	"action" text NOT NULL,
	"entityType" text NOT NULL,
	"entityId" text,
	"planId" integer,
	"workItemId" integer,
	"departmentId" integer,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department_aliases" ADD CONSTRAINT "department_aliases_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_group_members" ADD CONSTRAINT "department_group_members_groupId_department_groups_id_fk" FOREIGN KEY ("groupId") REFERENCES "public"."department_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_group_members" ADD CONSTRAINT "department_group_members_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_createdBy_users_id_fk" FOREIGN KEY ("createdBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_planId_plans_id_fk" FOREIGN KEY ("planId") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_acknowledgedBy_users_id_fk" FOREIGN KEY ("acknowledgedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_planId_plans_id_fk" FOREIGN KEY ("planId") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_sectionId_sections_id_fk" FOREIGN KEY ("sectionId") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_parentId_work_items_id_fk" FOREIGN KEY ("parentId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_dispatchedBy_users_id_fk" FOREIGN KEY ("dispatchedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_reportId_progress_reports_id_fk" FOREIGN KEY ("reportId") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_indicatorId_indicators_id_fk" FOREIGN KEY ("indicatorId") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_revisions" ADD CONSTRAINT "progress_report_revisions_reportId_progress_reports_id_fk" FOREIGN KEY ("reportId") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_revisions" ADD CONSTRAINT "progress_report_revisions_createdBy_users_id_fk" FOREIGN KEY ("createdBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_submittedBy_users_id_fk" FOREIGN KEY ("submittedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewedBy_users_id_fk" FOREIGN KEY ("reviewedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_createdBy_users_id_fk" FOREIGN KEY ("createdBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_requests" ADD CONSTRAINT "completion_requests_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_requests" ADD CONSTRAINT "completion_requests_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_requests" ADD CONSTRAINT "completion_requests_requestedBy_users_id_fk" FOREIGN KEY ("requestedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_requests" ADD CONSTRAINT "completion_requests_decidedBy_users_id_fk" FOREIGN KEY ("decidedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requestedBy_users_id_fk" FOREIGN KEY ("requestedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decidedBy_users_id_fk" FOREIGN KEY ("decidedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_departmentId_departments_id_fk" FOREIGN KEY ("departmentId") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_issuedBy_users_id_fk" FOREIGN KEY ("issuedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_respondedBy_users_id_fk" FOREIGN KEY ("respondedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_closedBy_users_id_fk" FOREIGN KEY ("closedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_escalatedFromId_supervision_notices_id_fk" FOREIGN KEY ("escalatedFromId") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_workItemId_work_items_id_fk" FOREIGN KEY ("workItemId") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_sha256_file_blobs_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."file_blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploadedBy_users_id_fk" FOREIGN KEY ("uploadedBy") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_member_position" ON "department_group_members" USING btree ("groupId","position");--> statement-breakpoint
CREATE INDEX "login_attempts_username" ON "login_attempts" USING btree ("username","createdAt");--> statement-breakpoint
CREATE INDEX "login_attempts_ip" ON "login_attempts" USING btree ("ip","createdAt");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_item_department" ON "assignments" USING btree ("workItemId","departmentId");--> statement-breakpoint
CREATE INDEX "assignments_department" ON "assignments" USING btree ("departmentId");--> statement-breakpoint
CREATE INDEX "work_items_plan" ON "work_items" USING btree ("planId","position");--> statement-breakpoint
CREATE INDEX "work_items_parent" ON "work_items" USING btree ("parentId");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_readings_report_indicator" ON "indicator_readings" USING btree ("reportId","indicatorId");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_item_department_period" ON "progress_reports" USING btree ("workItemId","departmentId","period");--> statement-breakpoint
CREATE INDEX "progress_reports_status" ON "progress_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "notices_item" ON "supervision_notices" USING btree ("workItemId");--> statement-breakpoint
CREATE INDEX "notices_department" ON "supervision_notices" USING btree ("departmentId","status");--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("userId","readAt");--> statement-breakpoint
CREATE INDEX "evidence_owner" ON "evidence_files" USING btree ("ownerType","ownerId");--> statement-breakpoint
CREATE INDEX "evidence_item" ON "evidence_files" USING btree ("workItemId");--> statement-breakpoint
CREATE INDEX "audit_entity" ON "audit_events" USING btree ("entityType","entityId");--> statement-breakpoint
CREATE INDEX "audit_item" ON "audit_events" USING btree ("workItemId");--> statement-breakpoint
CREATE INDEX "audit_created" ON "audit_events" USING btree ("createdAt");