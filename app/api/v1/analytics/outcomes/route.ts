import { apiHandler } from "@/lib/api/handler";
import { analyticsOutcomesEndpoint } from "@/lib/api/endpoints/analytics";
import { resolveFilters } from "@/lib/analytics/filters";
import { getAgentComparison } from "@/lib/analytics/get-agent-comparison";
import { getOutcomeStats } from "@/lib/analytics/get-outcome-stats";

export const GET = apiHandler(analyticsOutcomesEndpoint, async ({ ctx, query }) => {
  const f = await resolveFilters(ctx, query);
  const [data, agents] = await Promise.all([getOutcomeStats(ctx, f), getAgentComparison(ctx, f)]);
  return { data, byAgent: agents.map((a) => ({ agentId: a.agentId, name: a.name, conversations: a.conversations, conversions: a.conversions, profit: a.profit })) };
});
