import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { conversations, evaluations, goalResults, outcomes } from "@/db/schema";
import type { ConversationFacts } from "./match";

/** The judged state of conversations, as rules see it: effective outcome, effective goal statuses, variables, sentiment. */
export async function loadFacts(db: Db, conversationIds: string[]): Promise<Map<string, ConversationFacts & { agentId: string }>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: conversations.id, agentId: conversations.agentId, outcomeName: outcomes.name, sentimentScore: evaluations.sentimentScore })
    .from(conversations)
    .leftJoin(outcomes, eq(outcomes.id, conversations.outcomeId))
    .leftJoin(evaluations, and(eq(evaluations.conversationId, conversations.id), eq(evaluations.isCurrent, true)))
    .where(inArray(conversations.id, conversationIds));
  const results = await db
    .select({ conversationId: goalResults.conversationId, key: goalResults.goalKey, kind: goalResults.kind, effectiveStatus: goalResults.effectiveStatus, variables: goalResults.variables })
    .from(goalResults)
    .where(and(inArray(goalResults.conversationId, conversationIds), eq(goalResults.isCurrent, true)));
  return new Map(
    rows.map((r) => [
      r.id,
      { agentId: r.agentId, outcomeName: r.outcomeName, sentimentScore: r.sentimentScore, goals: results.filter((g) => g.conversationId === r.id).map((g) => ({ key: g.key, kind: g.kind, effectiveStatus: g.effectiveStatus, variables: g.variables })) },
    ]),
  );
}
