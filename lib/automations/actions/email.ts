import { and, eq, inArray } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { sendEmail } from "@/integrations/email/send-email";
import { conversationTemplateData, renderTemplate, textToHtml } from "@/integrations/email/templates";
import type { Role } from "@/lib/auth/permissions";
import type { ActionPerformer } from "./types";

type EmailAction = { id: string; type: "email"; to: string[]; toRoles: Role[]; subject: string; body: string };

/** Addresses plus the workspace members who hold one of the roles. */
async function recipients(action: EmailAction, ctx: Parameters<ActionPerformer["perform"]>[1]): Promise<string[]> {
  const byRole = action.toRoles.length
    ? await ctx.db
        .select({ email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, ctx.workspace.id), inArray(memberships.role, action.toRoles)))
    : [];
  return [...new Set([...action.to, ...byRole.map((r) => r.email)])];
}

export const emailPerformer: ActionPerformer<EmailAction> = {
  describe: (action) => `Email to ${[...action.to, ...action.toRoles.map((r) => `${r}s`)].join(", ")}`,
  async perform(action, ctx) {
    const to = await recipients(action, ctx);
    if (to.length === 0) return { status: "failed", retryable: false, error: "no recipients: nobody in the workspace holds the chosen roles" };
    const data = ctx.templateData ? conversationTemplateData(ctx.templateData) : {};
    const subject = renderTemplate(action.subject, data, { escape: "none" });
    const text = renderTemplate(action.body, data, { escape: "none" });
    const html = textToHtml(text);
    const sent = await sendEmail(ctx.db, { workspaceId: ctx.workspace.id, to, subject, text, html, idempotencyKey: ctx.effectKey }, { replay: ctx.replay });
    const request = { to, subject };
    if (sent.status === "sent" || sent.status === "stored") return { status: "succeeded", request, result: { emailId: sent.id, transport: sent.transport, messageId: sent.messageId } };
    if (sent.status === "unconfirmed") return { status: "unconfirmed", request, error: sent.error ?? "an earlier attempt was cut off while sending; check the outbox before replaying" };
    return { status: "failed", retryable: sent.status === "in_progress" || (sent.retryable ?? true), error: sent.error ?? `email ${sent.status}`, request };
  },
};
