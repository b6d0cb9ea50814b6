import { apiHandler } from "@/lib/api/handler";
import { analyticsAgentsEndpoint } from "@/lib/api/endpoints/analytics";
import { resolveFilters } from "@/lib/analytics/filters";
import { getAgentComparison } from "@/lib/analytics/get-agent-comparison";

export const GET = apiHandler(analyticsAgentsEndpoint, async ({ ctx, query }) => ({ data: await getAgentComparison(ctx, await resolveFilters(ctx, query)) }));
