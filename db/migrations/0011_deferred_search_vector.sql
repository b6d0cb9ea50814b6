DROP INDEX "conversations_search_idx";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
UPDATE "conversations" SET "search_vector" = to_tsvector('english', jsonb_path_query_array("transcript", '$[*].text'));--> statement-breakpoint
CREATE INDEX "conversations_unindexed_idx" ON "conversations" USING btree ("workspace_id") WHERE search_vector is null;--> statement-breakpoint
CREATE INDEX "conversations_search_idx" ON "conversations" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "conversations" DROP COLUMN "transcript_text";