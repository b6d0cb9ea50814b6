"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { archiveGoal, restoreGoal } from "@/lib/goals/archive-goal";
import { createGoal, type GoalChange } from "@/lib/goals/create-goal";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { reorderGoals } from "@/lib/goals/reorder-goals";
import { updateGoal } from "@/lib/goals/update-goal";
import { text } from "@/components/agents/form-input";

const refresh = (slug: string, agentId: string) => revalidatePath(`/w/${slug}/agents/${agentId}`, "layout");

/** "X saved", and when another goal lost its primary place, says which: the change must be visible. */
function changeMessage(verb: string, { goal, demoted }: GoalChange): string {
  const done = `"${goal.title}" ${verb}`;
  return demoted ? `${done}: it is now primary; "${demoted.title}" became secondary` : done;
}

type GoalResult = { id: string; key: string; demoted: string | null };
const result = (change: GoalChange): GoalResult => ({ id: change.goal.id, key: change.goal.key, demoted: change.demoted?.title ?? null });

export const createGoalAction = workspaceAction<GoalResult>("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const change = await createGoal(ctx, agentId, input.goal);
  refresh(ctx.workspace.slug, agentId);
  return { message: changeMessage("created", change), data: result(change) };
});

export const updateGoalAction = workspaceAction<GoalResult>("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const change = await updateGoal(ctx, agentId, text(input.goalKey), input.goal);
  refresh(ctx.workspace.slug, agentId);
  return { message: changeMessage("saved", change), data: result(change) };
});

export const makePrimaryAction = workspaceAction<GoalResult>("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const change = await updateGoal(ctx, agentId, text(input.goalKey), { kind: "primary" });
  refresh(ctx.workspace.slug, agentId);
  return { message: change.demoted ? `"${change.goal.title}" is now primary; "${change.demoted.title}" became secondary` : `"${change.goal.title}" is now primary`, data: result(change) };
});

export const archiveGoalAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const { goal } = await archiveGoal(ctx, agentId, text(input.goalKey));
  refresh(ctx.workspace.slug, agentId);
  return { message: `"${goal.title}" archived` };
});

export const restoreGoalAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const { goal } = await restoreGoal(ctx, agentId, text(input.goalKey));
  refresh(ctx.workspace.slug, agentId);
  return { message: `"${goal.title}" restored${goal.kind === "secondary" && input.wasPrimary === true ? " as secondary: another goal is primary now" : ""}` };
});

export const deleteGoalAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  await deleteGoal(ctx, agentId, text(input.goalKey));
  refresh(ctx.workspace.slug, agentId);
  return { message: "Goal deleted with its revisions" };
});

export const reorderGoalsAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  await reorderGoals(ctx, agentId, { keys: input.keys });
  refresh(ctx.workspace.slug, agentId);
  return { message: "Order saved" };
});
