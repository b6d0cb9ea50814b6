import { apiHandler } from "@/lib/api/handler";
import { analyticsExportEndpoint } from "@/lib/api/endpoints/analytics";
import { csvResponse } from "@/lib/analytics/export-conversations";
import { resolveFilters } from "@/lib/analytics/filters";

export const GET = apiHandler(analyticsExportEndpoint, async ({ ctx, query }) => csvResponse(ctx, await resolveFilters(ctx, query)));
