import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { AutomationAction, AutomationTrigger } from "@/lib/automations/rule-schema";
import { agents } from "./agents";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

/** A rule: when its trigger matches a conversation (or conversion), its actions run in order. */
export const automations = pgTable(
  "automations",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id").references(() => agents.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    trigger: jsonb("trigger").$type<AutomationTrigger>().notNull(),
    actions: jsonb("actions").$type<AutomationAction[]>().notNull(),
    /** Signing secrets of webhook actions, by action id, encrypted (lib/crypto/secret-box). */
    secrets: jsonb("secrets").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("automations_workspace_idx").on(t.workspaceId)],
);

/**
 * One effect (an action of a rule for one conversation, or an objective callback): its unique
 * key makes it happen at most once however often the event arrives or the job is retried.
 */
export const deliveries = pgTable(
  "deliveries",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    effectKey: text("effect_key").notNull(),
    automationId: text("automation_id").references(() => automations.id, { onDelete: "set null" }),
    actionId: text("action_id").notNull(),
    actionType: text("action_type").notNull(),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    conversionId: text("conversion_id"),
    /** pending | succeeded | failed | unconfirmed (a crash left it unknown; replay to send again) */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    result: jsonb("result").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("deliveries_effect_key_idx").on(t.effectKey),
    index("deliveries_workspace_created_idx").on(t.workspaceId, t.createdAt.desc()),
    index("deliveries_automation_idx").on(t.automationId, t.createdAt.desc()),
    index("deliveries_conversation_idx").on(t.conversationId),
  ],
);

/** Every attempt at a delivery: what was sent, what came back, how long it took. */
export const deliveryAttempts = pgTable(
  "delivery_attempts",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => deliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    request: jsonb("request").$type<Record<string, unknown>>(),
    responseStatus: integer("response_status"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull().default(0),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("delivery_attempts_delivery_idx").on(t.deliveryId, t.attempt)],
);

/** Where round-robin lead routing left off, per rule action. */
export const routingCursors = pgTable(
  "routing_cursors",
  {
    automationId: text("automation_id")
      .notNull()
      .references(() => automations.id, { onDelete: "cascade" }),
    actionId: text("action_id").notNull(),
    next: integer("next").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.automationId, t.actionId] })],
);

export const conversationAssignees = pgTable("conversation_assignees", {
  conversationId: text("conversation_id")
    .primaryKey()
    .references(() => conversations.id, { onDelete: "cascade" }),
  workspaceId: text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  userId: text("user_id").notNull(),
  automationId: text("automation_id"),
  assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().default(sql`now()`),
});
