CREATE TABLE "conversions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"conversation_id" text,
	"phone_number" text,
	"event_type" text NOT NULL,
	"profit" numeric(14, 2),
	"currency" text DEFAULT 'USD' NOT NULL,
	"source" text NOT NULL,
	"matched" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_daily" (
	"workspace_id" text NOT NULL,
	"day" date NOT NULL,
	"agent_id" text NOT NULL,
	"direction" text NOT NULL,
	"call_type" text NOT NULL,
	"outcome_id" text DEFAULT '' NOT NULL,
	"conversations" integer DEFAULT 0 NOT NULL,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"connected" integer DEFAULT 0 NOT NULL,
	"voicemail" integer DEFAULT 0 NOT NULL,
	"no_answer" integer DEFAULT 0 NOT NULL,
	"busy" integer DEFAULT 0 NOT NULL,
	"judged" integer DEFAULT 0 NOT NULL,
	"achieved" integer DEFAULT 0 NOT NULL,
	"partial" integer DEFAULT 0 NOT NULL,
	"not_achieved" integer DEFAULT 0 NOT NULL,
	"pending" integer DEFAULT 0 NOT NULL,
	"duration_sum" double precision DEFAULT 0 NOT NULL,
	"duration_count" integer DEFAULT 0 NOT NULL,
	"sentiment_sum" double precision DEFAULT 0 NOT NULL,
	"sentiment_count" integer DEFAULT 0 NOT NULL,
	"positive" integer DEFAULT 0 NOT NULL,
	"neutral" integer DEFAULT 0 NOT NULL,
	"negative" integer DEFAULT 0 NOT NULL,
	"evaluation_cost_usd" double precision DEFAULT 0 NOT NULL,
	"conversions" integer DEFAULT 0 NOT NULL,
	"profit" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_daily_pk" PRIMARY KEY("workspace_id","day","agent_id","direction","call_type","outcome_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_conversation_facts" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"day" date NOT NULL,
	"direction" text NOT NULL,
	"call_type" text NOT NULL,
	"outcome_id" text,
	"reach" text NOT NULL,
	"evaluated" boolean NOT NULL,
	"primary_status" text,
	"duration_seconds" real,
	"sentiment_score" real,
	"sentiment_label" text,
	"evaluation_cost_usd" double precision DEFAULT 0 NOT NULL,
	"conversions" integer DEFAULT 0 NOT NULL,
	"profit" double precision DEFAULT 0 NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_goal_daily" (
	"workspace_id" text NOT NULL,
	"day" date NOT NULL,
	"agent_id" text NOT NULL,
	"goal_key" text NOT NULL,
	"direction" text NOT NULL,
	"call_type" text NOT NULL,
	"results" integer DEFAULT 0 NOT NULL,
	"achieved" integer DEFAULT 0 NOT NULL,
	"partial" integer DEFAULT 0 NOT NULL,
	"not_achieved" integer DEFAULT 0 NOT NULL,
	"pending" integer DEFAULT 0 NOT NULL,
	"reached" integer DEFAULT 0 NOT NULL,
	"reviewed" integer DEFAULT 0 NOT NULL,
	"agreed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_goal_daily_pk" PRIMARY KEY("workspace_id","day","agent_id","goal_key","direction","call_type")
);
--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_conversation_facts" ADD CONSTRAINT "analytics_conversation_facts_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_conversation_facts" ADD CONSTRAINT "analytics_conversation_facts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_conversation_facts" ADD CONSTRAINT "analytics_conversation_facts_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_goal_daily" ADD CONSTRAINT "analytics_goal_daily_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_goal_daily" ADD CONSTRAINT "analytics_goal_daily_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversions_workspace_occurred_idx" ON "conversions" USING btree ("workspace_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_conversation_idx" ON "conversions" USING btree ("conversation_id") WHERE conversation_id is not null;--> statement-breakpoint
CREATE INDEX "conversions_workspace_phone_idx" ON "conversions" USING btree ("workspace_id","phone_number");--> statement-breakpoint
CREATE INDEX "analytics_facts_workspace_day_idx" ON "analytics_conversation_facts" USING btree ("workspace_id","day");--> statement-breakpoint
-- Rollups kept equal to the sum of analytics_conversation_facts by statement-level triggers: a
-- change to facts adds its new rows and subtracts its old ones, grouped, in one upsert per rollup.
-- Rows of an agent (or workspace) being deleted are skipped: their rollup rows go by cascade.
-- `SET LOCAL debrief.analytics_skip = 'on'` turns the triggers off for a rebuild.
CREATE FUNCTION analytics_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  src text;
BEGIN
  IF current_setting('debrief.analytics_skip', true) = 'on' THEN
    RETURN NULL;
  END IF;
  src := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_facts n'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_facts o'
    ELSE 'SELECT 1 AS sign, n.* FROM new_facts n UNION ALL SELECT -1 AS sign, o.* FROM old_facts o'
  END;
  src := format('SELECT f.* FROM (%s) f WHERE EXISTS (SELECT 1 FROM agents a JOIN workspaces w ON w.id = a.workspace_id WHERE a.id = f.agent_id AND w.id = f.workspace_id)', src);

  EXECUTE format($q$
    INSERT INTO analytics_daily AS d (workspace_id, day, agent_id, direction, call_type, outcome_id,
      conversations, evaluated, connected, voicemail, no_answer, busy, judged, achieved, partial, not_achieved, pending,
      duration_sum, duration_count, sentiment_sum, sentiment_count, positive, neutral, negative, evaluation_cost_usd, conversions, profit)
    SELECT workspace_id, day, agent_id, direction, call_type, coalesce(outcome_id, ''),
      sum(sign),
      coalesce(sum(sign) FILTER (WHERE evaluated), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'voicemail'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'no_answer'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'busy'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND primary_status IN ('achieved', 'partially_achieved', 'not_achieved')), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND primary_status = 'achieved'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND primary_status = 'partially_achieved'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND primary_status = 'not_achieved'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND primary_status = 'pending_confirmation'), 0),
      coalesce(sum(sign * duration_seconds) FILTER (WHERE reach = 'connected'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND duration_seconds IS NOT NULL), 0),
      coalesce(sum(sign * sentiment_score) FILTER (WHERE reach = 'connected' AND evaluated), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND sentiment_score IS NOT NULL), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND sentiment_label = 'positive'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND sentiment_label = 'neutral'), 0),
      coalesce(sum(sign) FILTER (WHERE reach = 'connected' AND evaluated AND sentiment_label = 'negative'), 0),
      coalesce(sum(sign * evaluation_cost_usd), 0),
      coalesce(sum(sign * conversions), 0),
      coalesce(sum(sign * profit), 0)
    FROM (%s) f
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (workspace_id, day, agent_id, direction, call_type, outcome_id) DO UPDATE SET
      conversations = d.conversations + excluded.conversations,
      evaluated = d.evaluated + excluded.evaluated,
      connected = d.connected + excluded.connected,
      voicemail = d.voicemail + excluded.voicemail,
      no_answer = d.no_answer + excluded.no_answer,
      busy = d.busy + excluded.busy,
      judged = d.judged + excluded.judged,
      achieved = d.achieved + excluded.achieved,
      partial = d.partial + excluded.partial,
      not_achieved = d.not_achieved + excluded.not_achieved,
      pending = d.pending + excluded.pending,
      duration_sum = d.duration_sum + excluded.duration_sum,
      duration_count = d.duration_count + excluded.duration_count,
      sentiment_sum = d.sentiment_sum + excluded.sentiment_sum,
      sentiment_count = d.sentiment_count + excluded.sentiment_count,
      positive = d.positive + excluded.positive,
      neutral = d.neutral + excluded.neutral,
      negative = d.negative + excluded.negative,
      evaluation_cost_usd = d.evaluation_cost_usd + excluded.evaluation_cost_usd,
      conversions = d.conversions + excluded.conversions,
      profit = d.profit + excluded.profit
  $q$, src);

  EXECUTE format($q$
    INSERT INTO analytics_goal_daily AS g (workspace_id, day, agent_id, goal_key, direction, call_type,
      results, achieved, partial, not_achieved, pending, reached, reviewed, agreed)
    SELECT f.workspace_id, f.day, f.agent_id, r.k, f.direction, f.call_type,
      sum(f.sign),
      coalesce(sum(f.sign) FILTER (WHERE r.s = 'achieved'), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.s = 'partially_achieved'), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.s = 'not_achieved'), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.s = 'pending_confirmation'), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.r), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.h IS NOT NULL), 0),
      coalesce(sum(f.sign) FILTER (WHERE r.h IS NOT NULL AND r.h = r.m), 0)
    FROM (%s) f
    CROSS JOIN LATERAL jsonb_to_recordset(f.goals) AS r(k text, s text, m text, r boolean, h text)
    WHERE f.reach = 'connected'
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (workspace_id, day, agent_id, goal_key, direction, call_type) DO UPDATE SET
      results = g.results + excluded.results,
      achieved = g.achieved + excluded.achieved,
      partial = g.partial + excluded.partial,
      not_achieved = g.not_achieved + excluded.not_achieved,
      pending = g.pending + excluded.pending,
      reached = g.reached + excluded.reached,
      reviewed = g.reviewed + excluded.reviewed,
      agreed = g.agreed + excluded.agreed
  $q$, src);
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER analytics_facts_inserted AFTER INSERT ON analytics_conversation_facts REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_facts_changed();
--> statement-breakpoint
CREATE TRIGGER analytics_facts_updated AFTER UPDATE ON analytics_conversation_facts REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_facts_changed();
--> statement-breakpoint
CREATE TRIGGER analytics_facts_deleted AFTER DELETE ON analytics_conversation_facts REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_facts_changed();
--> statement-breakpoint
-- Whoever records, matches or deletes a conversion, the conversation's fact follows.
CREATE FUNCTION analytics_conversions_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  ids text;
BEGIN
  ids := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT conversation_id FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT conversation_id FROM old_rows'
    ELSE 'SELECT conversation_id FROM new_rows UNION SELECT conversation_id FROM old_rows'
  END;
  EXECUTE format($q$
    UPDATE analytics_conversation_facts f SET conversions = x.n, profit = x.p
    FROM (
      SELECT ids.conversation_id, count(c.id)::int AS n, coalesce(sum(c.profit), 0)::float8 AS p
      FROM (SELECT DISTINCT conversation_id FROM (%s) i WHERE conversation_id IS NOT NULL) ids
      LEFT JOIN conversions c ON c.conversation_id = ids.conversation_id
      GROUP BY 1
    ) x
    WHERE f.conversation_id = x.conversation_id AND (f.conversions <> x.n OR f.profit <> x.p)
  $q$, ids);
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER analytics_conversions_inserted AFTER INSERT ON conversions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_conversions_changed();
--> statement-breakpoint
CREATE TRIGGER analytics_conversions_updated AFTER UPDATE ON conversions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_conversions_changed();
--> statement-breakpoint
CREATE TRIGGER analytics_conversions_deleted AFTER DELETE ON conversions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_conversions_changed();
