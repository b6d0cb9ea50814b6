CREATE TABLE "analytics_pending" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL
);
