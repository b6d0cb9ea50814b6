import { apiHandler } from "@/lib/api/handler";
import { archiveGoalEndpoint } from "@/lib/api/endpoints/goals";
import { archiveGoal } from "@/lib/goals/archive-goal";

export const POST = apiHandler(archiveGoalEndpoint, async ({ ctx, params }) => {
  const { goal, demoted } = await archiveGoal(ctx, params.id, params.goalId);
  return { ...goal, demoted };
});
