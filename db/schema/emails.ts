import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const EMAIL_STATUSES = ["stored", "sending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const EMAIL_TRANSPORTS = ["outbox", "smtp"] as const;
export type EmailTransport = (typeof EMAIL_TRANSPORTS)[number];

/**
 * Every email Debrief sends, and the outbox when no SMTP server is configured. The row is written
 * before the send ("sending") and updated after it, so a process killed mid-send leaves evidence
 * and the same idempotency key never sends twice (integrations/email/send-email.ts).
 */
export const emails = pgTable(
  "emails",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    /** Null for system mail that belongs to no workspace (e.g. a password reset). */
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    to: jsonb("to").$type<string[]>().notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    status: text("status").$type<EmailStatus>().notNull(),
    transport: text("transport").$type<EmailTransport>().notNull(),
    /** Deterministic from the idempotency key, so a receiving server can also spot a repeat. */
    messageId: text("message_id").notNull(),
    idempotencyKey: text("idempotency_key"),
    attempts: integer("attempts").notNull().default(0),
    /** When the current or last send started; a "sending" row older than a send can take was interrupted. */
    attemptedAt: timestamp("attempted_at", { withTimezone: true }),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("emails_idempotency_key_idx").on(t.idempotencyKey),
    index("emails_workspace_created_idx").on(t.workspaceId, t.createdAt),
  ],
);
