import { apiHandler } from "@/lib/api/handler";
import { goalRevisionsEndpoint } from "@/lib/api/endpoints/goals";
import { listGoalRevisions } from "@/lib/goals/list-goals";

export const GET = apiHandler(goalRevisionsEndpoint, async ({ ctx, params }) => ({ data: await listGoalRevisions(ctx, params.id, params.goalId) }));
