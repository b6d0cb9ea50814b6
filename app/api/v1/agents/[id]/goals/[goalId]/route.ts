import { apiHandler } from "@/lib/api/handler";
import { deleteGoalEndpoint, getGoalEndpoint, updateGoalEndpoint } from "@/lib/api/endpoints/goals";
import { noContent } from "@/lib/api/respond";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { getGoal } from "@/lib/goals/list-goals";
import { updateGoal } from "@/lib/goals/update-goal";

export const GET = apiHandler(getGoalEndpoint, async ({ ctx, params }) => getGoal(ctx, params.id, params.goalId));
export const PATCH = apiHandler(updateGoalEndpoint, async ({ ctx, params, body }) => {
  const { goal, demoted } = await updateGoal(ctx, params.id, params.goalId, body);
  return { ...goal, demoted };
});
export const DELETE = apiHandler(deleteGoalEndpoint, async ({ ctx, params }) => {
  await deleteGoal(ctx, params.id, params.goalId);
  return noContent();
});
