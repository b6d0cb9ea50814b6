import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { conversationEvents, conversations, goalResults, outcomes, users, verdictOverrides } from "@/db/schema";
import { queueAnalyticsRefresh } from "@/lib/analytics/refresh-facts";
import { assertCan, type Ctx } from "@/lib/context";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordEvents } from "@/lib/events/record-event";

export const goalOverrideInput = z.object({
  status: z.enum(["achieved", "partially_achieved", "not_achieved"], { error: "must be achieved, partially_achieved or not_achieved" }),
  note: z.string().trim().max(2000).optional(),
});
export const outcomeOverrideInput = z.object({ outcomeId: z.string().min(1, "is required"), note: z.string().trim().max(2000).optional() });
export const confirmationInput = z.object({ note: z.string().trim().max(2000).optional() });

/** Rules are checked again after a person's change (rules that already acted do not act twice). */
const reviewed = (ctx: Ctx, conversationId: string) => ({ name: "conversation/reviewed" as const, data: { workspaceId: ctx.workspace.id, conversationId } });
async function actorName(ctx: Ctx): Promise<string> {
  if (ctx.actor.type === "user") {
    const [user] = await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, ctx.actor.userId));
    return user?.name ?? user?.email ?? "a member";
  }
  return ctx.actor.type === "apiKey" ? "API" : "system";
}

async function currentGoalResult(ctx: Ctx, conversationId: string, goalKey: string) {
  const [conversation] = await ctx.db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, ctx.workspace.id)));
  if (!conversation) throw new NotFoundError("Conversation");
  const [result] = await ctx.db.select().from(goalResults).where(and(eq(goalResults.conversationId, conversationId), eq(goalResults.goalKey, goalKey), eq(goalResults.isCurrent, true)));
  if (!result) throw new NotFoundError(`Verdict for "${goalKey}"`);
  return result;
}

/** Writes a person's verdict on a goal (kept beside the machine's) and makes it the one that counts. */
async function setGoalVerdict(ctx: Ctx, conversationId: string, goalKey: string, kind: "override" | "confirmation", status: string, note: string | undefined) {
  const actor = await actorName(ctx);
  await ctx.db.transaction(async (tx) => {
    const values = { workspaceId: ctx.workspace.id, conversationId, target: `goal:${goalKey}`, kind, goalStatus: status, note: note ?? null, userId: ctx.actor.type === "user" ? ctx.actor.userId : null, actor, createdAt: new Date() };
    await tx.insert(verdictOverrides).values(values).onConflictDoUpdate({ target: [verdictOverrides.conversationId, verdictOverrides.target], set: values });
    await tx.update(goalResults).set({ effectiveStatus: status }).where(and(eq(goalResults.conversationId, conversationId), eq(goalResults.goalKey, goalKey), eq(goalResults.isCurrent, true)));
    await tx.insert(conversationEvents).values({ workspaceId: ctx.workspace.id, conversationId, type: kind === "override" ? "goal-overridden" : status === "achieved" ? "objective-confirmed" : "objective-rejected", detail: { goalKey, status, by: actor, note: note ?? null } });
    await recordEvents(tx, reviewed(ctx, conversationId));
    await queueAnalyticsRefresh(tx, ctx.workspace.id, [conversationId]);
  });
}

export async function overrideGoal(ctx: Ctx, conversationId: string, goalKey: string, input: unknown) {
  assertCan(ctx, "conversations.review");
  const { status, note } = parseInput(goalOverrideInput, input);
  await currentGoalResult(ctx, conversationId, goalKey);
  await setGoalVerdict(ctx, conversationId, goalKey, "override", status, note);
}

/** Confirms or rejects an objective in manual mode; confirming emits objective/completed like an automatic one. */
export async function decideObjective(ctx: Ctx, conversationId: string, goalKey: string, decision: "confirm" | "reject", input: unknown = {}) {
  assertCan(ctx, "conversations.review");
  const { note } = parseInput(confirmationInput, input ?? {});
  const result = await currentGoalResult(ctx, conversationId, goalKey);
  if (result.status !== "pending_confirmation") throw new ConflictError(`"${goalKey}" is not waiting for confirmation (its verdict is ${result.status})`);
  const status = decision === "confirm" ? "achieved" : "not_achieved";
  await setGoalVerdict(ctx, conversationId, goalKey, "confirmation", status, note);
  if (decision === "confirm") {
    await recordEvents(ctx.db, { name: "objective/completed", data: { workspaceId: ctx.workspace.id, conversationId, goalKey, evaluationId: result.evaluationId } });
  }
  return { status };
}

/** Removes a person's goal verdict: the machine's counts again. */
export async function clearGoalOverride(ctx: Ctx, conversationId: string, goalKey: string) {
  assertCan(ctx, "conversations.review");
  const result = await currentGoalResult(ctx, conversationId, goalKey);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(verdictOverrides).where(and(eq(verdictOverrides.conversationId, conversationId), eq(verdictOverrides.target, `goal:${goalKey}`)));
    await tx.update(goalResults).set({ effectiveStatus: result.status }).where(eq(goalResults.id, result.id));
    await recordEvents(tx, reviewed(ctx, conversationId));
    await queueAnalyticsRefresh(tx, ctx.workspace.id, [conversationId]);
  });
}

export async function overrideOutcome(ctx: Ctx, conversationId: string, input: unknown) {
  assertCan(ctx, "conversations.review");
  const { outcomeId, note } = parseInput(outcomeOverrideInput, input);
  const [conversation] = await ctx.db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, ctx.workspace.id)));
  if (!conversation) throw new NotFoundError("Conversation");
  const [outcome] = await ctx.db.select({ id: outcomes.id, name: outcomes.name }).from(outcomes).where(and(eq(outcomes.id, outcomeId), eq(outcomes.workspaceId, ctx.workspace.id)));
  if (!outcome) throw InvalidError.field("outcomeId", "no outcome with this id in this workspace");
  const actor = await actorName(ctx);
  await ctx.db.transaction(async (tx) => {
    const values = { workspaceId: ctx.workspace.id, conversationId, target: "outcome", kind: "override", outcomeId, note: note ?? null, userId: ctx.actor.type === "user" ? ctx.actor.userId : null, actor, createdAt: new Date() };
    await tx.insert(verdictOverrides).values(values).onConflictDoUpdate({ target: [verdictOverrides.conversationId, verdictOverrides.target], set: values });
    await tx.update(conversations).set({ outcomeId, updatedAt: new Date() }).where(eq(conversations.id, conversationId));
    await tx.insert(conversationEvents).values({ workspaceId: ctx.workspace.id, conversationId, type: "outcome-overridden", detail: { outcome: outcome.name, by: actor, note: note ?? null } });
    await recordEvents(tx, reviewed(ctx, conversationId));
    await queueAnalyticsRefresh(tx, ctx.workspace.id, [conversationId]);
  });
  return { outcomeId, name: outcome.name };
}
