import { createHash, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { emails, type EmailTransport } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { emailSchema, parseInput } from "@/lib/validation";
import { sendSmtp } from "./smtp";

export interface EmailMessage {
  workspaceId: string | null;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** The same key never produces a second email (e.g. the automation's effect key). */
  idempotencyKey?: string;
}

export interface SendEmailOptions {
  /** Defaults to SMTP_URL; null forces the outbox. */
  smtpUrl?: string | null;
  /** Defaults to EMAIL_FROM. */
  from?: string;
  timeoutMs?: number;
  /** A person chose to send again an email left "unconfirmed" (or failed): send it once more. */
  replay?: boolean;
}

/**
 * stored: kept in the outbox (no SMTP configured) · sent: the server accepted it · failed: see `retryable` ·
 * unconfirmed: an earlier attempt was cut off after it may have been accepted; not sent again, needs review ·
 * in_progress: another attempt with this key is sending right now; ask again later.
 */
export type SendEmailStatus = "stored" | "sent" | "failed" | "unconfirmed" | "in_progress";

export interface SendEmailResult {
  id: string;
  status: SendEmailStatus;
  transport: EmailTransport;
  /** True when an earlier call with this idempotency key had already made the row. */
  duplicate: boolean;
  messageId: string;
  retryable?: boolean;
  error?: string;
}

/** Longer than any one send can take (three 10 s SMTP timeouts and then some): a "sending" row older than this was cut off. */
export const IN_FLIGHT_MS = 2 * 60_000;

const messageSchema = z.object({
  workspaceId: z.string().min(1).nullable(),
  to: z.array(emailSchema).min(1, "needs at least one recipient").max(100),
  // Values filled into a subject may carry line breaks; a header cannot.
  subject: z.string().transform((s) => s.replace(/\s*[\r\n]+\s*/g, " ").trim()).pipe(z.string().min(1, "is required").max(998)),
  text: z.string(),
  html: z.string().optional(),
  idempotencyKey: z.string().min(1).max(500).optional(),
});

/**
 * Sends an email, or stores it in the outbox when no SMTP server is configured, at most once per
 * idempotency key. With SMTP the row is written "sending" before the attempt and updated after it:
 * a process killed in between leaves a "sending" row, and since the server may or may not have
 * accepted the message, it is reported "unconfirmed" and NOT sent again. For email, a person checking
 * one message beats a customer receiving two.
 */
export async function sendEmail(db: Db, input: EmailMessage, options: SendEmailOptions = {}): Promise<SendEmailResult> {
  const message = parseInput(messageSchema, input);
  const smtpUrl = options.smtpUrl === undefined ? getEnv().SMTP_URL : (options.smtpUrl ?? undefined);
  const from = options.from ?? getEnv().EMAIL_FROM;
  const transport: EmailTransport = smtpUrl ? "smtp" : "outbox";
  const now = new Date();

  const [created] = await db
    .insert(emails)
    .values({
      ...message,
      html: message.html ?? null,
      idempotencyKey: message.idempotencyKey ?? null,
      messageId: messageIdFor(message.idempotencyKey, from),
      status: transport === "outbox" ? "stored" : "sending",
      transport,
      attempts: transport === "outbox" ? 0 : 1,
      attemptedAt: transport === "outbox" ? null : now,
      createdAt: now, // millisecond precision, like the list's cursor (now() has microseconds)
    })
    .onConflictDoNothing({ target: emails.idempotencyKey })
    .returning();
  if (created) return transport === "outbox" ? result(created, "stored", false) : deliver(db, created, smtpUrl!, from, false, options.timeoutMs);

  const [row] = await db.select().from(emails).where(eq(emails.idempotencyKey, message.idempotencyKey!));
  if (!row) throw new Error("email row vanished between insert and read"); // its workspace was deleted meanwhile
  if (row.status === "stored" || row.status === "sent") return result(row, row.status, true);
  const cutOff = row.status === "sending";
  if (cutOff && row.attemptedAt && now.getTime() - row.attemptedAt.getTime() < IN_FLIGHT_MS) return result(row, "in_progress", true);
  if (cutOff && !options.replay) return { ...result(row, "unconfirmed", true), retryable: false, error: row.error ?? "an earlier attempt was interrupted; delivery is unknown" };

  // Retry a failed row (or replay a cut-off one): claim it, so two callers cannot both send.
  const [claimed] = await db
    .update(emails)
    .set({ status: transport === "outbox" ? "stored" : "sending", transport, attempts: row.attempts + 1, attemptedAt: now, error: null })
    .where(and(eq(emails.id, row.id), eq(emails.status, row.status), eq(emails.attempts, row.attempts)))
    .returning();
  if (!claimed) return result(row, "in_progress", true);
  return transport === "outbox" ? result(claimed, "stored", true) : deliver(db, claimed, smtpUrl!, from, true, options.timeoutMs);
}

type EmailRow = typeof emails.$inferSelect;

async function deliver(db: Db, row: EmailRow, smtpUrl: string, from: string, duplicate: boolean, timeoutMs?: number): Promise<SendEmailResult> {
  const outcome = await sendSmtp(smtpUrl, { from, to: row.to, subject: row.subject, text: row.text, html: row.html ?? undefined, messageId: row.messageId }, timeoutMs);
  if (outcome.ok) {
    const note = outcome.rejected.length ? `not accepted for: ${outcome.rejected.join(", ")}` : null;
    await db.update(emails).set({ status: "sent", sentAt: new Date(), error: note }).where(eq(emails.id, row.id));
    return { ...result(row, "sent", duplicate), ...(note && { error: note }) };
  }
  // Possibly accepted: leave the row "sending" so no later call sends it again, and say so.
  if (outcome.ambiguous) {
    const error = `delivery unknown: the connection failed after the message was transmitted (${outcome.error})`;
    await db.update(emails).set({ error }).where(eq(emails.id, row.id));
    return { ...result(row, "unconfirmed", duplicate), retryable: false, error };
  }
  await db.update(emails).set({ status: "failed", error: outcome.error }).where(eq(emails.id, row.id));
  return { ...result(row, "failed", duplicate), retryable: outcome.retryable, error: outcome.error };
}

const result = (row: EmailRow, status: SendEmailStatus, duplicate: boolean): SendEmailResult => ({ id: row.id, status, transport: row.transport, duplicate, messageId: row.messageId });

/** `<sha256(key)@domain>`: a repeat carries the same Message-ID, so mail clients can also fold it. */
function messageIdFor(key: string | undefined, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "debrief.local";
  const local = key ? createHash("sha256").update(key).digest("hex") : randomUUID();
  return `<${local}@${domain}>`;
}
