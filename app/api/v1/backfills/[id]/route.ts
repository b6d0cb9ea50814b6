import { apiHandler } from "@/lib/api/handler";
import { getBackfillEndpoint } from "@/lib/api/endpoints/evaluation";
import { getBackfill } from "@/lib/evaluation/backfill";

export const GET = apiHandler(getBackfillEndpoint, async ({ ctx, params }) => getBackfill(ctx, params.id));
