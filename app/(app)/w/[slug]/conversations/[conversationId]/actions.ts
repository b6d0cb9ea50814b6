"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/components/agents/form-input";
import { workspaceAction } from "@/lib/auth/action";
import type { Ctx } from "@/lib/context";
import { markConversation } from "@/lib/conversions/conversions";
import { clearGoalOverride, decideObjective, overrideGoal, overrideOutcome } from "@/lib/evaluation/overrides";
import { reevaluateConversation } from "@/lib/evaluation/reevaluate";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

/** After a review write: background work (automations, facts) starts now, and the page shows the change. */
function done(ctx: Ctx, conversationId: string) {
  dispatchSoon();
  revalidatePath(`/w/${ctx.workspace.slug}/conversations/${conversationId}`);
}

const note = (value: unknown) => text(value).trim() || undefined;

export const reevaluateAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  await reevaluateConversation(ctx, id);
  done(ctx, id);
  return { message: "Judged again against the current goals" };
});

export const overrideGoalAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  await overrideGoal(ctx, id, text(input.goalKey), { status: text(input.status), note: note(input.note) });
  done(ctx, id);
  return { message: "Your verdict is saved; the machine's is kept beside it" };
});

export const clearGoalOverrideAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  await clearGoalOverride(ctx, id, text(input.goalKey));
  done(ctx, id);
  return { message: "Override removed: the machine's verdict counts again" };
});

export const decideObjectiveAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  const decision = text(input.decision) === "reject" ? "reject" : "confirm";
  await decideObjective(ctx, id, text(input.goalKey), decision, { note: note(input.note) });
  done(ctx, id);
  return { message: decision === "confirm" ? "Objective confirmed" : "Objective rejected" };
});

export const overrideOutcomeAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  const { name } = await overrideOutcome(ctx, id, { outcomeId: text(input.outcomeId), note: note(input.note) });
  done(ctx, id);
  return { message: `Outcome changed to ${name}` };
});

export const markConversionAction = workspaceAction("conversations.review", async (ctx, input) => {
  const id = text(input.conversationId);
  const conversion = await markConversation(ctx, id, { eventType: text(input.eventType), profit: text(input.profit).trim() });
  done(ctx, id);
  return { message: `Marked as a ${conversion.eventType}` };
});
