import { sql } from "drizzle-orm";
import { boolean, index, numeric, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

export const CONVERSION_EVENT_TYPES = ["lead", "sale"] as const;
export const CONVERSION_SOURCES = ["api", "pixel", "manual"] as const;

/**
 * A lead or sale that happened after a call (reported by the API, a pixel or a person), matched
 * to the conversation that led to it when possible. Analytics attribute it to that conversation's
 * day, agent and outcome.
 */
export const conversions = pgTable(
  "conversions",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "set null" }),
    /** E.164; how a conversion is matched to a call. */
    phoneNumber: text("phone_number"),
    eventType: text("event_type").$type<(typeof CONVERSION_EVENT_TYPES)[number]>().notNull(),
    profit: numeric("profit", { precision: 14, scale: 2, mode: "number" }),
    currency: text("currency").notNull().default("USD"),
    source: text("source").$type<(typeof CONVERSION_SOURCES)[number]>().notNull(),
    matched: boolean("matched").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("conversions_workspace_occurred_idx").on(t.workspaceId, t.occurredAt),
    index("conversions_conversation_idx").on(t.conversationId).where(sql`conversation_id is not null`),
    index("conversions_workspace_phone_idx").on(t.workspaceId, t.phoneNumber),
  ],
);
