import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { conversationEvents, conversations, evaluations, goalResults, verdictOverrides } from "@/db/schema";
import { queueAnalyticsRefresh } from "@/lib/analytics/refresh-facts";
import { transcriptSearchVector } from "@/lib/conversations/transcript-search";
import type { LoadedConversation } from "./load-definitions";
import type { EvaluationResult } from "./types";
import { recordEvents } from "@/lib/events/record-event";

/** Scores are stored as 4-byte floats: keep them to 4 decimals (an engine's 1e-320 would underflow). */
const round4 = (value: number) => (Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : 0);

export type EvaluationTrigger = "ingest" | "reevaluate" | "backfill";

/**
 * Stores a result as the conversation's current evaluation (earlier ones stay, no longer
 * current), applies any person's overrides, and queues `conversation/evaluated` plus
 * `objective/completed` for each objective achieved automatically — all in one transaction.
 */
export async function persistEvaluation(db: Db, loaded: LoadedConversation, result: EvaluationResult, trigger: EvaluationTrigger): Promise<string> {
  const workspaceId = loaded.workspace.id;
  const conversationId = loaded.conversationId;
  return db.transaction(async (tx) => {
    const overrides = await tx.select().from(verdictOverrides).where(eq(verdictOverrides.conversationId, conversationId));
    const overrideOf = (target: string) => overrides.find((o) => o.target === target);

    await tx.update(evaluations).set({ isCurrent: false }).where(and(eq(evaluations.conversationId, conversationId), eq(evaluations.isCurrent, true)));
    await tx.update(goalResults).set({ isCurrent: false }).where(and(eq(goalResults.conversationId, conversationId), eq(goalResults.isCurrent, true)));

    const machineOutcomeId = loaded.outcomeIds[result.outcome.name] ?? null;
    const [evaluation] = await tx
      .insert(evaluations)
      .values({
        workspaceId,
        conversationId,
        trigger,
        engine: result.usage.engine,
        model: result.usage.model,
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
        costUsd: result.usage.costUsd,
        durationMs: Math.round(result.usage.durationMs),
        outcomeId: machineOutcomeId,
        outcomeName: result.outcome.name,
        outcomeConfidence: round4(result.outcome.confidence),
        outcomeRationale: result.outcome.rationale,
        outcomeEvidence: result.outcome.evidence,
        sentimentLabel: result.insights.sentiment?.label ?? null,
        sentimentScore: result.insights.sentiment ? round4(result.insights.sentiment.score) : null,
        summary: result.insights.summary,
        topics: result.insights.topics,
        insightValues: result.insights.fields,
      })
      .returning({ id: evaluations.id });

    const verdicts = loaded.goals.map((goal) => {
      const verdict = result.goals.find((g) => g.key === goal.key);
      const human = overrideOf(`goal:${goal.key}`);
      const status = verdict?.status ?? "not_achieved";
      return { goal, verdict, status, effectiveStatus: human?.goalStatus ?? status };
    });
    if (verdicts.length > 0) {
      await tx.insert(goalResults).values(
        verdicts.map(({ goal, verdict, status, effectiveStatus }) => ({
          workspaceId,
          evaluationId: evaluation.id,
          conversationId,
          agentId: loaded.agentId,
          goalId: goal.goalId,
          goalKey: goal.key,
          goalRevision: goal.revision,
          goalTitle: goal.title,
          kind: goal.kind,
          position: goal.position,
          confirmationMode: goal.confirmationMode,
          status,
          effectiveStatus,
          confidence: round4(verdict?.confidence ?? 0),
          rationale: verdict?.rationale ?? "The engine gave no verdict for this goal.",
          evidence: verdict?.evidence ?? [],
          variables: verdict?.variables ?? {},
          reached: verdict?.reached ?? true,
          branch: verdict?.branch ?? null,
        })),
      );
    }

    const outcomeId = overrideOf("outcome")?.outcomeId ?? machineOutcomeId;
    await tx.update(conversations).set({ status: "evaluated", outcomeId, updatedAt: new Date() }).where(eq(conversations.id, conversationId));
    await tx.insert(conversationEvents).values({ workspaceId, conversationId, type: "evaluated", detail: { evaluationId: evaluation.id, engine: result.usage.engine, trigger } });

    const completed = verdicts.filter((v) => v.status === "achieved" && v.goal.confirmationMode === "auto");
    await recordEvents(
      tx,
      { name: "conversation/evaluated", data: { workspaceId, conversationId, evaluationId: evaluation.id } },
      ...completed.map((v) => ({ name: "objective/completed" as const, data: { workspaceId, conversationId, goalKey: v.goal.key, evaluationId: evaluation.id } })),
    );
    await queueAnalyticsRefresh(tx, workspaceId, [conversationId]);
    return evaluation.id;
  });
}

/** Marks a conversation that could not be evaluated (after the runner gave up), with the reason. */
export async function markEvaluationFailed(db: Db, conversationId: string, error: string): Promise<void> {
  const [row] = await db.update(conversations).set({ status: "failed", updatedAt: new Date() }).where(eq(conversations.id, conversationId)).returning({ workspaceId: conversations.workspaceId });
  if (row) await db.insert(conversationEvents).values({ workspaceId: row.workspaceId, conversationId, type: "failed", detail: { error } });
}

export async function markEvaluating(db: Db, conversationId: string, workspaceId: string): Promise<void> {
  // The search vector is filled here, off the ingest path, in an update the row gets anyway.
  const searchVector = sql`coalesce(${conversations.searchVector}, ${transcriptSearchVector})`;
  await db.update(conversations).set({ status: "evaluating", searchVector, updatedAt: new Date() }).where(eq(conversations.id, conversationId));
  await db.insert(conversationEvents).values({ workspaceId, conversationId, type: "evaluating" });
}
