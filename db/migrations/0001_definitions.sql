CREATE TYPE "public"."confirmation_mode" AS ENUM('auto', 'manual');--> statement-breakpoint
CREATE TYPE "public"."goal_kind" AS ENUM('primary', 'secondary');--> statement-breakpoint
CREATE TYPE "public"."modality" AS ENUM('verbal', 'visual');--> statement-breakpoint
CREATE TABLE "agent_outcomes" (
	"agent_id" text NOT NULL,
	"outcome_id" text NOT NULL,
	CONSTRAINT "agent_outcomes_agent_id_outcome_id_pk" PRIMARY KEY("agent_id","outcome_id")
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"prompt" text,
	"phone_numbers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"insight_summary" boolean DEFAULT true NOT NULL,
	"insight_sentiment" boolean DEFAULT true NOT NULL,
	"insight_topics" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "goal_revisions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"goal_id" text NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"kind" "goal_kind" DEFAULT 'secondary' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"confirmation_mode" "confirmation_mode" DEFAULT 'auto' NOT NULL,
	"modality" "modality" DEFAULT 'verbal' NOT NULL,
	"output_variables" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_required" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_conditional" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"callback_url" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "insight_fields" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"options" jsonb,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"color" text DEFAULT '#64748b' NOT NULL,
	"is_conversion" boolean DEFAULT false NOT NULL,
	"standard_key" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_fields" ADD CONSTRAINT "insight_fields_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_fields" ADD CONSTRAINT "insight_fields_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agents_workspace_idx" ON "agents" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_revisions_goal_revision_idx" ON "goal_revisions" USING btree ("goal_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "goals_agent_key_idx" ON "goals" USING btree ("agent_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "goals_one_primary_idx" ON "goals" USING btree ("agent_id") WHERE kind = 'primary' and archived_at is null;--> statement-breakpoint
CREATE INDEX "goals_workspace_idx" ON "goals" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insight_fields_agent_name_idx" ON "insight_fields" USING btree ("agent_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_workspace_name_idx" ON "outcomes" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_workspace_standard_idx" ON "outcomes" USING btree ("workspace_id","standard_key");
--> statement-breakpoint
-- Every workspace has the six standard outcomes; new workspaces get them when created.
INSERT INTO "outcomes" ("id", "workspace_id", "name", "description", "color", "is_conversion", "standard_key", "position")
SELECT gen_random_uuid()::text, w."id", s.name, s.description, s.color, s.is_conversion, s.standard_key, s.position
FROM "workspaces" w CROSS JOIN (VALUES
  ('Qualified Lead', 'The contact showed clear interest and meets the qualification criteria (need, budget or authority confirmed) for a sales follow-up.', '#16a34a', true, 'qualified_lead', 0),
  ('Appointment Scheduled', 'A meeting, appointment, booking or demo was confirmed for a specific date and time.', '#4f46e5', true, 'appointment_scheduled', 1),
  ('Not Interested', 'The contact declined the offer or asked not to be contacted, and no booking or next step was agreed.', '#dc2626', false, 'not_interested', 2),
  ('Follow-up Needed', 'The call ended without a decision but with a reason to call back: a question left open, a callback requested, or the request could not be completed.', '#d97706', false, 'follow_up_needed', 3),
  ('Gatekeeper', 'The agent reached someone other than the decision maker (receptionist, assistant, family member) and could not get through.', '#7c3aed', false, 'gatekeeper', 4),
  ('Voicemail', 'The call reached voicemail or an answering machine; no live conversation took place.', '#64748b', false, 'voicemail', 5)
) AS s(name, description, color, is_conversion, standard_key, position)
ON CONFLICT DO NOTHING;
