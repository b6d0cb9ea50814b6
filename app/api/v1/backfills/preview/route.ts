import { apiHandler } from "@/lib/api/handler";
import { previewBackfillEndpoint } from "@/lib/api/endpoints/evaluation";
import { previewBackfill } from "@/lib/evaluation/backfill";

export const POST = apiHandler(previewBackfillEndpoint, async ({ ctx, body }) => previewBackfill(ctx, body));
