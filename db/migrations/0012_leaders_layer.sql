CREATE TYPE "public"."bulletin_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "item_health_history" (
	"work_item_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"plan_id" integer NOT NULL,
	"health" "health_level" NOT NULL,
	"urgency" smallint NOT NULL,
	"reasons" jsonb NOT NULL,
	"days_overdue" integer NOT NULL,
	"missing_reports" integer NOT NULL,
	"progress_percent" integer,
	"indicators" integer DEFAULT 0 NOT NULL,
	"indicators_reported" integer DEFAULT 0 NOT NULL,
	"indicators_attained" integer DEFAULT 0 NOT NULL,
	"due_on" date,
	CONSTRAINT "item_health_history_work_item_id_valid_from_pk" PRIMARY KEY("work_item_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "bulletins" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulletins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"issue_no" integer NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"good_practice" text DEFAULT '' NOT NULL,
	"content" jsonb NOT NULL,
	"snapshot_on" date NOT NULL,
	"status" "bulletin_status" DEFAULT 'draft' NOT NULL,
	"created_by" integer NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletins_year_issue" UNIQUE("year","issue_no")
);
--> statement-breakpoint
CREATE TABLE "screen_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "screen_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"label" text NOT NULL,
	"plan_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" integer,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "screen_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "item_health_history" ADD CONSTRAINT "item_health_history_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_health_history" ADD CONSTRAINT "item_health_history_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screen_links" ADD CONSTRAINT "screen_links_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screen_links" ADD CONSTRAINT "screen_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screen_links" ADD CONSTRAINT "screen_links_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_health_history_day" ON "item_health_history" USING btree ("valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "item_health_history_plan_day" ON "item_health_history" USING btree ("plan_id","valid_from");--> statement-breakpoint
CREATE INDEX "bulletins_period" ON "bulletins" USING btree ("period");--> statement-breakpoint
CREATE INDEX "screen_links_plan" ON "screen_links" USING btree ("plan_id");--> statement-breakpoint
-- The history starts from the stored health as it stands: each item's current light, from the day it was computed for.
INSERT INTO "item_health_history" ("work_item_id", "valid_from", "plan_id", "health", "urgency", "reasons", "days_overdue", "missing_reports", "progress_percent", "indicators", "indicators_reported", "indicators_attained", "due_on")
SELECT "work_item_id", "computed_on", "plan_id", "health", "urgency", "reasons", "days_overdue", "missing_reports", "progress_percent", "indicators", "indicators_reported", "indicators_attained", "due_on" FROM "item_health";
