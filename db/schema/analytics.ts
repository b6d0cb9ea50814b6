import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, text, boolean } from "drizzle-orm/pg-core";
import { agents, outcomes } from "./agents";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

/** One current goal verdict inside a fact row: key, effective status, machine status, reached, a person's override. */
export interface FactGoal {
  k: string;
  s: string;
  m: string;
  r: boolean;
  h: string | null;
}

/**
 * What one conversation contributes to the dashboards, derived from the conversation, its
 * evaluations, current goal results, overrides and conversions (lib/analytics/refresh-facts.ts).
 * Kept so that a change can subtract exactly what was added before: triggers on this table keep
 * the two rollups below equal to the sum of its rows (see the analytics migration).
 */
export const analyticsFacts = pgTable(
  "analytics_conversation_facts",
  {
    conversationId: text("conversation_id")
      .primaryKey()
      .references(() => conversations.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull(),
    /** The day the call ended, in the workspace's time zone. */
    day: date("day", { mode: "string" }).notNull(),
    direction: text("direction").notNull(),
    callType: text("call_type").notNull(),
    outcomeId: text("outcome_id").references(() => outcomes.id, { onDelete: "set null" }),
    /** connected, or why not: voicemail, no_answer, busy. Only connected calls count toward rates. */
    reach: text("reach").notNull(),
    evaluated: boolean("evaluated").notNull(),
    /** The current primary goal's effective status, if the agent has a primary goal. */
    primaryStatus: text("primary_status"),
    durationSeconds: real("duration_seconds"),
    sentimentScore: real("sentiment_score"),
    sentimentLabel: text("sentiment_label"),
    evaluationCostUsd: doublePrecision("evaluation_cost_usd").notNull().default(0),
    conversions: integer("conversions").notNull().default(0),
    profit: doublePrecision("profit").notNull().default(0),
    goals: jsonb("goals").$type<FactGoal[]>().notNull().default([]),
  },
  (t) => [index("analytics_facts_workspace_day_idx").on(t.workspaceId, t.day)],
);

const counts = {
  conversations: integer("conversations").notNull().default(0),
  evaluated: integer("evaluated").notNull().default(0),
  connected: integer("connected").notNull().default(0),
  voicemail: integer("voicemail").notNull().default(0),
  noAnswer: integer("no_answer").notNull().default(0),
  busy: integer("busy").notNull().default(0),
  /** Connected, evaluated calls whose primary goal was judged (achieved, partial or not). */
  judged: integer("judged").notNull().default(0),
  achieved: integer("achieved").notNull().default(0),
  partial: integer("partial").notNull().default(0),
  notAchieved: integer("not_achieved").notNull().default(0),
  pending: integer("pending").notNull().default(0),
  durationSum: doublePrecision("duration_sum").notNull().default(0),
  durationCount: integer("duration_count").notNull().default(0),
  sentimentSum: doublePrecision("sentiment_sum").notNull().default(0),
  sentimentCount: integer("sentiment_count").notNull().default(0),
  positive: integer("positive").notNull().default(0),
  neutral: integer("neutral").notNull().default(0),
  negative: integer("negative").notNull().default(0),
  evaluationCostUsd: doublePrecision("evaluation_cost_usd").notNull().default(0),
  conversions: integer("conversions").notNull().default(0),
  profit: doublePrecision("profit").notNull().default(0),
};

/** Per workspace, local day, agent, direction, call type and effective outcome ('' for none). */
export const analyticsDaily = pgTable(
  "analytics_daily",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    direction: text("direction").notNull(),
    callType: text("call_type").notNull(),
    outcomeId: text("outcome_id").notNull().default(""),
    ...counts,
  },
  (t) => [primaryKey({ name: "analytics_daily_pk", columns: [t.workspaceId, t.day, t.agentId, t.direction, t.callType, t.outcomeId] })],
);

/** Per workspace, local day, agent, goal key, direction and call type: the current verdicts of connected calls. */
export const analyticsGoalDaily = pgTable(
  "analytics_goal_daily",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    goalKey: text("goal_key").notNull(),
    direction: text("direction").notNull(),
    callType: text("call_type").notNull(),
    results: integer("results").notNull().default(0),
    achieved: integer("achieved").notNull().default(0),
    partial: integer("partial").notNull().default(0),
    notAchieved: integer("not_achieved").notNull().default(0),
    pending: integer("pending").notNull().default(0),
    reached: integer("reached").notNull().default(0),
    /** Verdicts a person overrode (kind override), and of those, how many the machine had right. */
    reviewed: integer("reviewed").notNull().default(0),
    agreed: integer("agreed").notNull().default(0),
  },
  (t) => [primaryKey({ name: "analytics_goal_daily_pk", columns: [t.workspaceId, t.day, t.agentId, t.goalKey, t.direction, t.callType] })],
);

/**
 * Conversations whose dashboard figures must be recomputed. Writes only queue a row here (no
 * contention between calls); a background sweep, and every analytics read, apply the queue in
 * batches, so the rollups stay exact without serialising ingest on their rows.
 */
export const analyticsPending = pgTable("analytics_pending", {
  conversationId: text("conversation_id").primaryKey(),
  workspaceId: text("workspace_id").notNull(),
});
