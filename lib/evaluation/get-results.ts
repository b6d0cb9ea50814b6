import { and, asc, desc, eq } from "drizzle-orm";
import { evaluations, goalResults, outcomes, verdictOverrides } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** The current evaluation of a conversation with its verdicts and any person's overrides; null before the first. */
export async function getCurrentResults(ctx: Ctx, conversationId: string) {
  const [evaluation] = await ctx.db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.conversationId, conversationId), eq(evaluations.workspaceId, ctx.workspace.id), eq(evaluations.isCurrent, true)));
  const overrides = await ctx.db
    .select({ target: verdictOverrides.target, kind: verdictOverrides.kind, goalStatus: verdictOverrides.goalStatus, outcomeId: verdictOverrides.outcomeId, outcomeName: outcomes.name, note: verdictOverrides.note, actor: verdictOverrides.actor, createdAt: verdictOverrides.createdAt })
    .from(verdictOverrides)
    .leftJoin(outcomes, eq(outcomes.id, verdictOverrides.outcomeId))
    .where(and(eq(verdictOverrides.conversationId, conversationId), eq(verdictOverrides.workspaceId, ctx.workspace.id)));
  if (!evaluation) return null;
  const goals = await ctx.db.select().from(goalResults).where(eq(goalResults.evaluationId, evaluation.id)).orderBy(asc(goalResults.position), asc(goalResults.goalKey));
  const history = await ctx.db
    .select({ id: evaluations.id, isCurrent: evaluations.isCurrent, trigger: evaluations.trigger, engine: evaluations.engine, model: evaluations.model, costUsd: evaluations.costUsd, outcomeName: evaluations.outcomeName, createdAt: evaluations.createdAt })
    .from(evaluations)
    .where(and(eq(evaluations.conversationId, conversationId), eq(evaluations.workspaceId, ctx.workspace.id)))
    .orderBy(desc(evaluations.createdAt));
  const outcomeOverride = overrides.find((o) => o.target === "outcome") ?? null;
  return {
    id: evaluation.id,
    createdAt: evaluation.createdAt,
    trigger: evaluation.trigger,
    usage: { engine: evaluation.engine, model: evaluation.model, inputTokens: evaluation.inputTokens, outputTokens: evaluation.outputTokens, costUsd: evaluation.costUsd, durationMs: evaluation.durationMs },
    outcome: {
      machine: { id: evaluation.outcomeId, name: evaluation.outcomeName, confidence: evaluation.outcomeConfidence, rationale: evaluation.outcomeRationale, evidence: evaluation.outcomeEvidence },
      override: outcomeOverride && { outcomeId: outcomeOverride.outcomeId, name: outcomeOverride.outcomeName, note: outcomeOverride.note, by: outcomeOverride.actor, at: outcomeOverride.createdAt },
    },
    insights: { sentiment: evaluation.sentimentLabel ? { label: evaluation.sentimentLabel, score: evaluation.sentimentScore } : null, summary: evaluation.summary, topics: evaluation.topics, fields: evaluation.insightValues },
    goals: goals.map((g) => {
      const human = overrides.find((o) => o.target === `goal:${g.goalKey}`);
      return {
        key: g.goalKey,
        title: g.goalTitle,
        revision: g.goalRevision,
        kind: g.kind,
        confirmationMode: g.confirmationMode,
        status: g.status,
        effectiveStatus: g.effectiveStatus,
        confidence: g.confidence,
        rationale: g.rationale,
        evidence: g.evidence,
        variables: g.variables,
        reached: g.reached,
        branch: g.branch,
        human: human ? { kind: human.kind, status: human.goalStatus, note: human.note, by: human.actor, at: human.createdAt } : null,
      };
    }),
    history,
  };
}
export type CurrentResults = NonNullable<Awaited<ReturnType<typeof getCurrentResults>>>;
