import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { TurnInput } from "@/lib/conversations/input-schema";
import { agents, outcomes } from "./agents";
import { workspaces } from "./workspaces";

export const CONVERSATION_STATUSES = ["received", "evaluating", "evaluated", "failed"] as const;
export const conversationStatusEnum = pgEnum("conversation_status", CONVERSATION_STATUSES);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const conversations = pgTable(
  "conversations",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    /** The caller's idempotency key: the same one twice is the same conversation. */
    externalId: text("external_id").notNull(),
    source: text("source").notNull(),
    direction: text("direction").notNull(),
    callType: text("call_type").notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    contactCompany: text("contact_company"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }).notNull(),
    durationSeconds: real("duration_seconds"),
    endReason: text("end_reason").notNull(),
    recordingUrl: text("recording_url"),
    transcript: jsonb("transcript").$type<TurnInput[]>().notNull(),
    /**
     * to_tsvector of the turns' text, filled off the ingest path (when the call is judged): parsing
     * 6 KB of text costs PostgreSQL ~1 ms, more than the rest of the insert. Search reads rows not
     * indexed yet through their text, so results never depend on it (see searchMatches).
     */
    searchVector: tsvector("search_vector"),
    turnCount: integer("turn_count").notNull(),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    status: conversationStatusEnum("status").notNull().default("received"),
    outcomeId: text("outcome_id").references(() => outcomes.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_workspace_external_idx").on(t.workspaceId, t.externalId),
    index("conversations_workspace_ended_idx").on(t.workspaceId, t.endedAt.desc(), t.id.desc()),
    index("conversations_agent_ended_idx").on(t.agentId, t.endedAt),
    index("conversations_workspace_phone_idx").on(t.workspaceId, t.contactPhone),
    index("conversations_workspace_email_idx").on(t.workspaceId, t.contactEmail),
    index("conversations_search_idx").using("gin", t.searchVector),
    index("conversations_unindexed_idx").on(t.workspaceId).where(sql`search_vector is null`),
  ],
);

/** The conversation's timeline: received, evaluating, evaluated, failed, re-evaluated, … */
export const conversationEvents = pgTable(
  "conversation_events",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversation_events_conversation_idx").on(t.conversationId, t.at)],
);

/**
 * Events waiting to be handed to the job runner (in-process or Inngest). Written in the same
 * transaction as the change that caused them, so a crash can lose neither.
 */
export const outboxEvents = pgTable(
  "outbox_events",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_events_pending_idx").on(t.createdAt).where(sql`dispatched_at is null`)],
);
