import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * The in-process runner's durable queue: one row per (function, event). A process that dies
 * mid-run leaves its rows "running"; they are taken up again after their lease expires, or at
 * start-up when the database is embedded (one process).
 */
export const jobs = pgTable(
  "jobs",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    functionId: text("function_id").notNull(),
    eventId: text("event_id").notNull(),
    eventName: text("event_name").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(4),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jobs_function_event_idx").on(t.functionId, t.eventId),
    index("jobs_ready_idx").on(t.runAt).where(sql`status = 'pending'`),
  ],
);

/** A re-evaluation over many conversations, with progress a person can watch and cancel. */
export const backfills = pgTable("backfills", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  workspaceId: text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  filter: jsonb("filter").$type<{ agentId?: string; from?: string; to?: string }>().notNull(),
  status: text("status").notNull().default("running"),
  total: integer("total").notNull(),
  done: integer("done").notNull().default(0),
  failed: integer("failed").notNull().default(0),
  estimatedCostUsd: real("estimated_cost_usd").notNull().default(0),
  createdBy: text("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});
