CREATE INDEX "sections_plan" ON "sections" USING btree ("planId","position");--> statement-breakpoint
CREATE INDEX "indicators_item" ON "indicators" USING btree ("workItemId","position");--> statement-breakpoint
CREATE INDEX "work_items_section" ON "work_items" USING btree ("sectionId");--> statement-breakpoint
CREATE INDEX "work_items_status_due" ON "work_items" USING btree ("status","dueOn");--> statement-breakpoint
CREATE INDEX "indicator_readings_indicator" ON "indicator_readings" USING btree ("indicatorId");--> statement-breakpoint
CREATE INDEX "progress_report_revisions_report" ON "progress_report_revisions" USING btree ("reportId");--> statement-breakpoint
CREATE INDEX "progress_reports_department" ON "progress_reports" USING btree ("departmentId","period");--> statement-breakpoint
CREATE INDEX "audit_plan" ON "audit_events" USING btree ("planId","createdAt");--> statement-breakpoint
CREATE INDEX "audit_department" ON "audit_events" USING btree ("departmentId","createdAt");--> statement-breakpoint
CREATE INDEX "audit_actor" ON "audit_events" USING btree ("actorId","createdAt");--> statement-breakpoint
CREATE INDEX "audit_action" ON "audit_events" USING btree ("action","createdAt");