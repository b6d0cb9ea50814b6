import "server-only";
import { actionLabel, type EffectView } from "@/components/conversations/effects";
import { listAutomations } from "@/lib/automations/automations";
import { listDeliveries } from "@/lib/automations/deliveries";
import type { Ctx } from "@/lib/context";
import { getAssignee } from "@/lib/conversations/get-assignee";
import { listConversions } from "@/lib/conversions/conversions";
import { getCurrentResults } from "@/lib/evaluation/get-results";
import { listOutcomes } from "@/lib/outcomes/outcomes";

/** Everything the review parts of the conversation page show, loaded at once. */
export async function loadReview(ctx: Ctx, conversationId: string) {
  const [results, assignee, conversions, deliveries, outcomes, automations] = await Promise.all([
    getCurrentResults(ctx, conversationId),
    getAssignee(ctx, conversationId),
    listConversions(ctx, { conversationId }),
    listDeliveries(ctx, { conversationId, limit: 100 }),
    listOutcomes(ctx),
    listAutomations(ctx),
  ]);
  const ruleName = new Map(automations.map((a) => [a.id, a.name]));
  const effects: EffectView[] = deliveries.data.map((d) => ({
    id: d.id,
    label: actionLabel(d.actionType),
    automation: d.automationId ? (ruleName.get(d.automationId) ?? "Deleted automation") : null,
    status: d.status,
    attempts: d.attempts.length,
    lastError: d.lastError,
    createdAt: d.createdAt,
  }));
  return { results, assignee, conversions, effects, outcomes: outcomes.map((o) => ({ id: o.id, name: o.name, color: o.color })) };
}
export type Review = Awaited<ReturnType<typeof loadReview>>;
