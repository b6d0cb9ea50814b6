import { apiHandler } from "@/lib/api/handler";
import { analyticsSummaryEndpoint } from "@/lib/api/endpoints/analytics";
import { resolveFilters } from "@/lib/analytics/filters";
import { getSummary } from "@/lib/analytics/get-summary";

export const GET = apiHandler(analyticsSummaryEndpoint, async ({ ctx, query }) => getSummary(ctx, await resolveFilters(ctx, query)));
