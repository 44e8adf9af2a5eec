CREATE TABLE "report_obligations" (
	"work_item_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"period" text NOT NULL,
	"due_on" date NOT NULL,
	"filed_on" date,
	CONSTRAINT "report_obligations_work_item_id_department_id_period_pk" PRIMARY KEY("work_item_id","department_id","period")
);
--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_obligations_due" ON "report_obligations" USING btree ("due_on","department_id","filed_on");--> statement-breakpoint
CREATE INDEX "report_obligations_plan_due" ON "report_obligations" USING btree ("plan_id","due_on");--> statement-breakpoint
CREATE INDEX "report_obligations_department" ON "report_obligations" USING btree ("department_id","due_on");--> statement-breakpoint
-- Obligations are kept with the stored health: every stored item is marked, and the first reader
-- (or the daily job) recomputes them and fills this table.
INSERT INTO item_health_dirty (work_item_id) SELECT work_item_id FROM item_health ON CONFLICT DO NOTHING;
