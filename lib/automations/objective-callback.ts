import { createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { deliveries, goalResults, goalRevisions } from "@/db/schema";
import { postJson } from "@/integrations/webhook/post-json";
import { webhookEnvelope } from "@/integrations/webhook/envelope";
import { getEnv } from "@/lib/env";
import { outcomeOfPost } from "./actions/webhook";
import type { ActionOutcome, EffectContext } from "./actions/types";

/** Each workspace signs objective callbacks with its own secret, derived from ENCRYPTION_KEY (shown in Integrations). */
export const callbackSigningSecret = (workspaceId: string) => `whsec_cb_${createHmac("sha256", getEnv().ENCRYPTION_KEY).update(`objective-callback:${workspaceId}`).digest("base64url").slice(0, 32)}`;

export const callbackEffectKey = (conversationId: string, goalKey: string) => `${conversationId}:callback:${goalKey}`;

/** The goal's callback URL as judged (from the revision the verdict used), or null. */
async function callbackTarget(db: Db, conversationId: string, goalKey: string) {
  const [row] = await db
    .select({ result: goalResults, snapshot: goalRevisions.snapshot })
    .from(goalResults)
    .leftJoin(goalRevisions, and(eq(goalRevisions.goalId, goalResults.goalId), eq(goalRevisions.revision, goalResults.goalRevision)))
    .where(and(eq(goalResults.conversationId, conversationId), eq(goalResults.goalKey, goalKey), eq(goalResults.isCurrent, true)));
  return row?.snapshot?.callbackUrl ? { url: row.snapshot.callbackUrl, result: row.result } : null;
}

/** On objective/completed: queue one delivery when the objective has a callback URL. */
export async function planObjectiveCallback(db: Db, event: { workspaceId: string; conversationId: string; goalKey: string }): Promise<string | null> {
  if (!(await callbackTarget(db, event.conversationId, event.goalKey))) return null;
  const key = callbackEffectKey(event.conversationId, event.goalKey);
  await db
    .insert(deliveries)
    .values({ workspaceId: event.workspaceId, effectKey: key, actionId: event.goalKey, actionType: "objective_callback", conversationId: event.conversationId })
    .onConflictDoNothing({ target: deliveries.effectKey });
  return key;
}

/** POSTs the conversation id, objective key and its output variables to the objective's callback URL, signed. */
export async function performObjectiveCallback(ctx: EffectContext, goalKey: string): Promise<ActionOutcome> {
  if (!ctx.conversation) return { status: "failed", retryable: false, error: "the conversation was deleted" };
  const target = await callbackTarget(ctx.db, ctx.conversation.id, goalKey);
  if (!target) return { status: "failed", retryable: false, error: "the objective no longer has a callback URL" };
  const body = webhookEnvelope({
    id: ctx.effectKey,
    type: "objective.completed",
    data: { conversationId: ctx.conversation.id, externalId: ctx.conversation.externalId, objectiveKey: goalKey, status: target.result.effectiveStatus, outputVariables: target.result.variables },
  });
  const result = await postJson(target.url, body, { secret: callbackSigningSecret(ctx.workspace.id), idempotencyKey: ctx.effectKey });
  return outcomeOfPost(result, { url: target.url, objectiveKey: goalKey });
}
