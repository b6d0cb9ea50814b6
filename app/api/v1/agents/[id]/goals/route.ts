import { apiHandler } from "@/lib/api/handler";
import { createGoalEndpoint, listGoalsEndpoint } from "@/lib/api/endpoints/goals";
import { createGoal } from "@/lib/goals/create-goal";
import { listGoals } from "@/lib/goals/list-goals";

export const GET = apiHandler(listGoalsEndpoint, async ({ ctx, params, query }) => ({ data: await listGoals(ctx, params.id, { archived: query.archived }) }));
export const POST = apiHandler(createGoalEndpoint, async ({ ctx, params, body }) => {
  const { goal, demoted } = await createGoal(ctx, params.id, body);
  return { ...goal, demoted };
});
