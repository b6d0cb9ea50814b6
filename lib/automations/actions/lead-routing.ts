import { and, eq, inArray, sql } from "drizzle-orm";
import { conversationAssignees, memberships, routingCursors, users } from "@/db/schema";
import { sendEmail } from "@/integrations/email/send-email";
import { conditionHolds, type ConversationFacts } from "../match";
import type { VariableCondition } from "../rule-schema";
import type { ActionPerformer, EffectContext } from "./types";

type RoutingAction = {
  id: string;
  type: "lead_routing";
  strategy: "round_robin" | "rules";
  members: string[];
  rules: { outcome?: string; variable?: VariableCondition; assignTo: string }[];
  notify: boolean;
};

function factsOf(ctx: EffectContext): ConversationFacts {
  return {
    outcomeName: ctx.conversation?.outcome?.name ?? null,
    sentimentScore: ctx.results?.insights.sentiment?.score ?? null,
    goals: (ctx.results?.goals ?? []).map((g) => ({ key: g.key, kind: g.kind, effectiveStatus: g.effectiveStatus, variables: g.variables as ConversationFacts["goals"][number]["variables"] })),
  };
}

/** Who gets the lead: the first matching rule's member, or the next member in turn. */
async function chooseAssignee(action: RoutingAction, ctx: EffectContext, current: Set<string>): Promise<string | null> {
  if (action.strategy === "rules") {
    const facts = factsOf(ctx);
    const rule = action.rules.find((r) => (!r.outcome || r.outcome.toLowerCase() === facts.outcomeName?.toLowerCase()) && (!r.variable || conditionHolds(r.variable, facts)));
    return rule && current.has(rule.assignTo) ? rule.assignTo : null;
  }
  const pool = action.members.filter((m) => current.has(m));
  if (pool.length === 0 || !ctx.automationId) return null;
  const [cursor] = await ctx.db
    .insert(routingCursors)
    .values({ automationId: ctx.automationId, actionId: action.id, next: 1 })
    .onConflictDoUpdate({ target: [routingCursors.automationId, routingCursors.actionId], set: { next: sql`${routingCursors.next} + 1` } })
    .returning({ next: routingCursors.next });
  return pool[(cursor.next - 1) % pool.length];
}

export const leadRoutingPerformer: ActionPerformer<RoutingAction> = {
  describe: (action) => (action.strategy === "round_robin" ? `Route the lead (round robin over ${action.members.length})` : `Route the lead (${action.rules.length} rules)`),
  async perform(action, ctx) {
    if (!ctx.conversation) return { status: "failed", retryable: false, error: "lead routing needs a conversation" };
    const candidates = [...new Set([...action.members, ...action.rules.map((r) => r.assignTo)])];
    const members = candidates.length
      ? await ctx.db
          .select({ id: users.id, email: users.email, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.workspaceId, ctx.workspace.id), inArray(memberships.userId, candidates)))
      : [];
    const assignee = await chooseAssignee(action, ctx, new Set(members.map((m) => m.id)));
    if (!assignee) return { status: "succeeded", result: { assigned: null, reason: "no rule matched, or the members left the workspace" } };
    await ctx.db
      .insert(conversationAssignees)
      .values({ conversationId: ctx.conversation.id, workspaceId: ctx.workspace.id, userId: assignee, automationId: ctx.automationId })
      .onConflictDoUpdate({ target: conversationAssignees.conversationId, set: { userId: assignee, automationId: ctx.automationId, assignedAt: new Date() } });
    const person = members.find((m) => m.id === assignee)!;
    if (action.notify) {
      const who = ctx.conversation.contact.name ?? ctx.conversation.contact.phone ?? "a caller";
      await sendEmail(ctx.db, {
        workspaceId: ctx.workspace.id,
        to: [person.email],
        subject: `New lead for you: ${who}`,
        text: `${who} was assigned to you (outcome: ${ctx.conversation.outcome?.name ?? "not classified"}).\n\n${ctx.link ?? ""}`,
        idempotencyKey: `${ctx.effectKey}:notify`,
      });
    }
    return { status: "succeeded", result: { assigned: person.id, email: person.email } };
  },
};
