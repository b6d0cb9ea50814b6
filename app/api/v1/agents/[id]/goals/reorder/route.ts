import { apiHandler } from "@/lib/api/handler";
import { reorderGoalsEndpoint } from "@/lib/api/endpoints/goals";
import { reorderGoals } from "@/lib/goals/reorder-goals";

export const POST = apiHandler(reorderGoalsEndpoint, async ({ ctx, params, body }) => ({ data: await reorderGoals(ctx, params.id, body) }));
