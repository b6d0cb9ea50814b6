CREATE TABLE "hubspot_connections" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"token" text NOT NULL,
	"token_hint" text NOT NULL,
	"hub_id" text,
	"deal_pipeline_id" text,
	"deal_stage_id" text,
	"task_due_in_days" integer DEFAULT 1 NOT NULL,
	"property_mappings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_mappings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_tested_at" timestamp with time zone,
	"last_test_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hubspot_connections" ADD CONSTRAINT "hubspot_connections_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hubspot_connections_workspace_idx" ON "hubspot_connections" USING btree ("workspace_id");