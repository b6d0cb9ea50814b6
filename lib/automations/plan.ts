import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db";
import { automations, deliveries } from "@/db/schema";
import { loadFacts } from "./facts";
import { matchesTrigger, type ConversationFacts } from "./match";

export type RuleEvent = "conversation.evaluated" | "conversion.recorded";

export interface PlannedEffect {
  effectKey: string;
  automationId: string;
  actionId: string;
  actionType: string;
}

/** An effect's identity: the same (subject, rule, action) is the same effect, however often it is planned. */
export const effectKey = (subjectId: string, automationId: string, actionId: string) => `${subjectId}:${automationId}:${actionId}`;

/**
 * The rules of the workspace (and the conversation's agent) whose trigger matches, as one delivery
 * row per action. Rows already there (an earlier run, another outcome) are kept as they are, so a
 * rule that already acted for this conversation does not act again.
 */
export async function planEffects(db: Db, input: { workspaceId: string; event: RuleEvent; conversationId: string | null; conversionId?: string | null }): Promise<PlannedEffect[]> {
  const facts: (ConversationFacts & { agentId: string | null }) | undefined = input.conversationId ? (await loadFacts(db, [input.conversationId])).get(input.conversationId) : undefined;
  const rules = await db
    .select()
    .from(automations)
    .where(and(eq(automations.workspaceId, input.workspaceId), eq(automations.enabled, true), facts?.agentId ? or(isNull(automations.agentId), eq(automations.agentId, facts.agentId)) : isNull(automations.agentId)));
  const subjectId = input.event === "conversion.recorded" ? input.conversionId! : input.conversationId!;
  const emptyFacts: ConversationFacts = { outcomeName: null, goals: [], sentimentScore: null };
  const effects = rules
    .filter((rule) => rule.trigger.event === input.event && matchesTrigger(rule.trigger, facts ?? emptyFacts))
    .flatMap((rule) => rule.actions.map((action) => ({ effectKey: effectKey(subjectId, rule.id, action.id), automationId: rule.id, actionId: action.id, actionType: action.type })));
  if (effects.length > 0) {
    await db
      .insert(deliveries)
      .values(effects.map((e) => ({ ...e, workspaceId: input.workspaceId, conversationId: input.conversationId, conversionId: input.conversionId ?? null })))
      .onConflictDoNothing({ target: deliveries.effectKey });
  }
  return effects;
}
