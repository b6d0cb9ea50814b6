import { apiHandler } from "@/lib/api/handler";
import { cancelBackfillEndpoint } from "@/lib/api/endpoints/evaluation";
import { cancelBackfill } from "@/lib/evaluation/backfill";

export const POST = apiHandler(cancelBackfillEndpoint, async ({ ctx, params }) => cancelBackfill(ctx, params.id));
