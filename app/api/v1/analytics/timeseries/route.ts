import { apiHandler } from "@/lib/api/handler";
import { analyticsTimeseriesEndpoint } from "@/lib/api/endpoints/analytics";
import { resolveFilters } from "@/lib/analytics/filters";
import { getTimeseries } from "@/lib/analytics/get-timeseries";

export const GET = apiHandler(analyticsTimeseriesEndpoint, async ({ ctx, query }) => getTimeseries(ctx, await resolveFilters(ctx, query)));
