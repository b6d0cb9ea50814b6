import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { VariableDef } from "@/lib/evaluation/types";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const goalKindEnum = pgEnum("goal_kind", ["primary", "secondary"]);
export const confirmationModeEnum = pgEnum("confirmation_mode", ["auto", "manual"]);
export const modalityEnum = pgEnum("modality", ["verbal", "visual"]);

export const agents = pgTable(
  "agents",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    purpose: text("purpose").notNull().default(""),
    prompt: text("prompt"),
    /** E.164; incoming calls to one of these numbers belong to this agent. */
    phoneNumbers: jsonb("phone_numbers").$type<string[]>().notNull().default([]),
    /** Built-in insights the evaluator produces for this agent's calls. */
    insightSummary: boolean("insight_summary").notNull().default(true),
    insightSentiment: boolean("insight_sentiment").notNull().default(true),
    insightTopics: boolean("insight_topics").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("agents_workspace_idx").on(t.workspaceId)],
);

export interface GoalSnapshot {
  key: string;
  title: string;
  description: string;
  kind: "primary" | "secondary";
  confirmationMode: "auto" | "manual";
  modality: "verbal" | "visual";
  outputVariables: VariableDef[];
  nextRequired: string[];
  nextConditional: Record<string, string>;
  callbackUrl: string | null;
  archived: boolean;
}

/** A goal or objective of an agent: what one call is judged against. */
export const goals = pgTable(
  "goals",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    kind: goalKindEnum("kind").notNull().default("secondary"),
    /** Call-flow order within the agent. */
    position: integer("position").notNull().default(0),
    confirmationMode: confirmationModeEnum("confirmation_mode").notNull().default("auto"),
    modality: modalityEnum("modality").notNull().default("verbal"),
    outputVariables: jsonb("output_variables").$type<VariableDef[]>().notNull().default([]),
    nextRequired: jsonb("next_required").$type<string[]>().notNull().default([]),
    nextConditional: jsonb("next_conditional").$type<Record<string, string>>().notNull().default({}),
    callbackUrl: text("callback_url"),
    /** The latest revision number; goal_revisions holds every one. */
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("goals_agent_key_idx").on(t.agentId, t.key),
    // At most one active primary goal per agent, enforced by the database too.
    uniqueIndex("goals_one_primary_idx").on(t.agentId).where(sql`kind = 'primary' and archived_at is null`),
    index("goals_workspace_idx").on(t.workspaceId),
  ],
);

/** Every version of a goal, so a verdict can say exactly which wording it judged. */
export const goalRevisions = pgTable(
  "goal_revisions",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    snapshot: jsonb("snapshot").$type<GoalSnapshot>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("goal_revisions_goal_revision_idx").on(t.goalId, t.revision)],
);

export const STANDARD_OUTCOME_KEYS = ["qualified_lead", "appointment_scheduled", "not_interested", "follow_up_needed", "gatekeeper", "voicemail"] as const;

export const outcomes = pgTable(
  "outcomes",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull(),
    color: text("color").notNull().default("#64748b"),
    isConversion: boolean("is_conversion").notNull().default(false),
    /** Set for the six standard outcomes: they cannot be deleted or archived, only hidden. */
    standardKey: text("standard_key"),
    hidden: boolean("hidden").notNull().default(false),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outcomes_workspace_name_idx").on(t.workspaceId, sql`lower(${t.name})`),
    uniqueIndex("outcomes_workspace_standard_idx").on(t.workspaceId, t.standardKey),
  ],
);

/** An agent that uses only some outcomes lists them here; an agent with no rows uses all. */
export const agentOutcomes = pgTable(
  "agent_outcomes",
  {
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    outcomeId: text("outcome_id")
      .notNull()
      .references(() => outcomes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.outcomeId] })],
);

/** Custom values the evaluator extracts from every call of an agent. */
export const insightFields = pgTable(
  "insight_fields",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    type: text("type").$type<VariableDef["type"]>().notNull(),
    description: text("description").notNull(),
    required: boolean("required").notNull().default(false),
    options: jsonb("options").$type<string[]>(),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("insight_fields_agent_name_idx").on(t.agentId, t.name)],
);
