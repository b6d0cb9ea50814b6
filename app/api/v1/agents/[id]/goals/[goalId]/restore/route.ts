import { apiHandler } from "@/lib/api/handler";
import { restoreGoalEndpoint } from "@/lib/api/endpoints/goals";
import { restoreGoal } from "@/lib/goals/archive-goal";

export const POST = apiHandler(restoreGoalEndpoint, async ({ ctx, params }) => {
  const { goal, demoted } = await restoreGoal(ctx, params.id, params.goalId);
  return { ...goal, demoted };
});
