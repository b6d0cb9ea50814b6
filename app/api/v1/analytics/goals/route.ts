import { apiHandler } from "@/lib/api/handler";
import { analyticsGoalsEndpoint } from "@/lib/api/endpoints/analytics";
import { resolveFilters } from "@/lib/analytics/filters";
import { getGoalStats, rankMissed } from "@/lib/analytics/get-goal-stats";

export const GET = apiHandler(analyticsGoalsEndpoint, async ({ ctx, query }) => {
  const data = await getGoalStats(ctx, await resolveFilters(ctx, query));
  return { data, mostMissed: rankMissed(data) };
});
