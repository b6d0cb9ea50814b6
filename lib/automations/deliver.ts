import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { agents, automations, conversions, deliveries, deliveryAttempts, workspaces } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto/secret-box";
import type { Ctx } from "@/lib/context";
import { getConversation } from "@/lib/conversations/get-conversation";
import { getCurrentResults } from "@/lib/evaluation/get-results";
import { getEnv } from "@/lib/env";
import { PERFORMERS } from "./actions";
import { performObjectiveCallback } from "./objective-callback";
import type { ActionOutcome, EffectContext } from "./actions/types";

/** A delivery that failed in a way worth trying again; the job runner backs off and retries. */
export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryableDeliveryError";
  }
}

type DeliveryRow = typeof deliveries.$inferSelect;

/**
 * Performs one effect at most once: a delivery already succeeded (or left unconfirmed by a crash)
 * is skipped unless a person replays it. Every attempt is logged; a retryable failure throws so
 * the job is retried with backoff.
 */
export async function performDelivery(db: Db, effectKey: string, { replay = false } = {}): Promise<DeliveryRow["status"]> {
  const [delivery] = await db.select().from(deliveries).where(eq(deliveries.effectKey, effectKey));
  if (!delivery) return "failed";
  if (!replay && (delivery.status === "succeeded" || delivery.status === "unconfirmed")) return delivery.status;
  const attempt = delivery.attempts + 1;
  await db.update(deliveries).set({ attempts: attempt, updatedAt: new Date() }).where(eq(deliveries.id, delivery.id));

  const started = performance.now();
  let outcome: ActionOutcome;
  try {
    outcome = await run(db, delivery, replay);
  } catch (error) {
    outcome = { status: "failed", retryable: true, error: error instanceof Error ? error.message : String(error) };
  }
  const durationMs = Math.round(performance.now() - started);
  await db.insert(deliveryAttempts).values({
    deliveryId: delivery.id,
    attempt,
    request: outcome.request ?? null,
    responseStatus: "responseStatus" in outcome ? (outcome.responseStatus ?? null) : null,
    error: outcome.status === "succeeded" ? null : outcome.error,
    durationMs,
  });
  await db
    .update(deliveries)
    .set({ status: outcome.status, lastError: outcome.status === "succeeded" ? null : outcome.error, result: outcome.status === "succeeded" ? (outcome.result ?? null) : delivery.result, updatedAt: new Date() })
    .where(eq(deliveries.id, delivery.id));
  if (outcome.status === "failed" && outcome.retryable) throw new RetryableDeliveryError(`${delivery.actionType}: ${outcome.error}`, outcome.retryAfterMs);
  return outcome.status;
}

async function run(db: Db, delivery: DeliveryRow, replay: boolean): Promise<ActionOutcome> {
  const ctx = await effectContext(db, delivery, replay);
  if (delivery.actionType === "objective_callback") return performObjectiveCallback(ctx, delivery.actionId);
  const [rule] = delivery.automationId ? await db.select().from(automations).where(eq(automations.id, delivery.automationId)) : [];
  const action = rule?.actions.find((a) => a.id === delivery.actionId);
  if (!rule || !action) return { status: "failed", retryable: false, error: "the rule or its action was deleted" };
  const secret = rule.secrets[action.id] ? decryptSecret(rule.secrets[action.id]) : null;
  const performer = PERFORMERS[action.type] as { perform(a: typeof action, c: EffectContext): Promise<ActionOutcome> };
  return performer.perform(action, { ...ctx, secret });
}

/** Loads what the action may need about the conversation (or conversion) it acts on. */
async function effectContext(db: Db, delivery: DeliveryRow, replay: boolean): Promise<EffectContext> {
  const [workspace] = await db.select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, delivery.workspaceId));
  const ctx: Ctx = { db, workspace, actor: { type: "system", role: "owner" } };
  const conversation = delivery.conversationId ? await getConversation(ctx, delivery.conversationId) : null;
  const results = delivery.conversationId ? await getCurrentResults(ctx, delivery.conversationId) : null;
  const [conversion] = delivery.conversionId ? await db.select().from(conversions).where(and(eq(conversions.id, delivery.conversionId), eq(conversions.workspaceId, workspace.id))) : [];
  const link = conversation ? `${getEnv().APP_URL.replace(/\/$/, "")}/w/${workspace.slug}/conversations/${conversation.id}` : null;
  const [agent] = conversation ? await db.select({ name: agents.name }).from(agents).where(eq(agents.id, conversation.agentId)) : [];
  return {
    db,
    workspace,
    effectKey: delivery.effectKey,
    automationId: delivery.automationId,
    conversation,
    results,
    conversion: conversion ? { id: conversion.id, eventType: conversion.eventType, profit: conversion.profit, phoneNumber: conversion.phoneNumber } : null,
    templateData: conversation && {
      conversation: { id: conversation.id, endedAt: conversation.endedAt, direction: conversation.direction as "inbound" | "outbound", durationSeconds: conversation.durationSeconds, contact: conversation.contact, agentName: agent?.name ?? "", recordingUrl: conversation.recordingUrl },
      outcome: conversation.outcome ? { name: conversation.outcome.name } : null,
      goals: (results?.goals ?? []).map((g) => ({ title: g.title, status: g.effectiveStatus, variables: g.variables })),
      summary: results?.insights.summary ?? null,
      link: link!,
      workspace: { name: workspace.name, timeZone: workspace.timeZone },
    },
    link,
    secret: null,
    replay,
  };
}
