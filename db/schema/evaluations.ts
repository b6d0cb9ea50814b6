import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { Evidence, VariableValue } from "@/lib/evaluation/types";
import { users } from "./auth";
import { agents, goals, outcomes } from "./agents";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

/** One judgement of one conversation. Re-evaluating adds another; exactly one is current. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    isCurrent: boolean("is_current").notNull().default(true),
    trigger: text("trigger").notNull(),
    engine: text("engine").notNull(),
    model: text("model"),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    costUsd: real("cost_usd").notNull().default(0),
    durationMs: integer("duration_ms").notNull().default(0),
    /** The machine's outcome (a person's override lives in verdict_overrides). */
    outcomeId: text("outcome_id").references(() => outcomes.id, { onDelete: "set null" }),
    outcomeName: text("outcome_name").notNull(),
    outcomeConfidence: real("outcome_confidence").notNull(),
    outcomeRationale: text("outcome_rationale").notNull(),
    outcomeEvidence: jsonb("outcome_evidence").$type<Evidence[]>().notNull().default([]),
    sentimentLabel: text("sentiment_label"),
    sentimentScore: real("sentiment_score"),
    summary: text("summary"),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    insightValues: jsonb("insight_values").$type<Record<string, VariableValue>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evaluations_one_current_idx").on(t.conversationId).where(sql`is_current`),
    index("evaluations_conversation_idx").on(t.conversationId, t.createdAt),
  ],
);

/** A goal's verdict in one evaluation, tied to the goal revision it judged. */
export const goalResults = pgTable(
  "goal_results",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    goalId: text("goal_id").references(() => goals.id, { onDelete: "set null" }),
    goalKey: text("goal_key").notNull(),
    goalRevision: integer("goal_revision").notNull(),
    goalTitle: text("goal_title").notNull(),
    kind: text("kind").notNull(),
    position: integer("position").notNull().default(0),
    confirmationMode: text("confirmation_mode").notNull().default("auto"),
    /** The machine's verdict. */
    status: text("status").notNull(),
    /** What counts: a person's override or confirmation, else the machine's verdict. */
    effectiveStatus: text("effective_status").notNull(),
    confidence: real("confidence").notNull(),
    rationale: text("rationale").notNull(),
    evidence: jsonb("evidence").$type<Evidence[]>().notNull().default([]),
    variables: jsonb("variables").$type<Record<string, VariableValue>>().notNull().default({}),
    reached: boolean("reached").notNull().default(true),
    branch: text("branch"),
    isCurrent: boolean("is_current").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("goal_results_evaluation_idx").on(t.evaluationId),
    index("goal_results_current_conversation_idx").on(t.conversationId).where(sql`is_current`),
    index("goal_results_current_goal_idx").on(t.workspaceId, t.goalId).where(sql`is_current`),
  ],
);

/**
 * A person's verdict beside the machine's: per goal (key) or for the outcome. Kept across
 * re-evaluations; manual objectives are confirmed or rejected through the same record.
 */
export const verdictOverrides = pgTable(
  "verdict_overrides",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    /** "goal:<key>" or "outcome". */
    target: text("target").notNull(),
    kind: text("kind").notNull(),
    goalStatus: text("goal_status"),
    outcomeId: text("outcome_id").references(() => outcomes.id, { onDelete: "cascade" }),
    note: text("note"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    actor: text("actor").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("verdict_overrides_target_idx").on(t.conversationId, t.target)],
);

/** A saved call with the verdicts a person expects: an agent's test set for refining goal wording. */
export const agentTestCases = pgTable(
  "agent_test_cases",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    transcript: jsonb("transcript").$type<{ speaker: "agent" | "customer" | "system"; text: string }[]>().notNull(),
    callDate: timestamp("call_date", { withTimezone: true }),
    /** Goal key → the status a person expects. */
    expected: jsonb("expected").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agent_test_cases_agent_idx").on(t.agentId)],
);
