import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { emails, type EmailStatus, type EmailTransport } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { afterCursor, pageOf } from "@/lib/pagination";
import { parseInput } from "@/lib/validation";

export const listEmailsInput = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be at least 1").max(100, "must be at most 100").default(25),
});

export interface EmailListItem {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  status: EmailStatus;
  transport: EmailTransport;
  messageId: string;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * The workspace's emails, newest first: the outbox (Settings → Email) when no SMTP server is
 * configured, and the send log when there is one. System mail (no workspace) is not listed here.
 */
export async function listEmails(ctx: Ctx, input: z.input<typeof listEmailsInput> = {}): Promise<{ data: EmailListItem[]; nextCursor: string | null }> {
  // Emails carry contacts' details and invitation links: the same people who manage members and rules.
  assertCan(ctx, "workspace.update");
  const { cursor, limit } = parseInput(listEmailsInput, input);
  const rows = await ctx.db
    .select({
      id: emails.id,
      to: emails.to,
      subject: emails.subject,
      text: emails.text,
      html: emails.html,
      status: emails.status,
      transport: emails.transport,
      messageId: emails.messageId,
      error: emails.error,
      createdAt: emails.createdAt,
      sentAt: emails.sentAt,
    })
    .from(emails)
    .where(and(eq(emails.workspaceId, ctx.workspace.id), afterCursor(cursor, emails.createdAt, emails.id)))
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(limit + 1);
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.createdAt);
  return { data: page, nextCursor };
}
