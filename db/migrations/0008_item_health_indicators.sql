ALTER TABLE "item_health" ADD COLUMN "indicators" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_health" ADD COLUMN "indicatorsReported" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_health" ADD COLUMN "indicatorsAttained" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Stored lights predate the indicator counts: the next reader computes them all again.
UPDATE "item_health" SET "computedOn" = DATE '1900-01-01';
