import { apiHandler } from "@/lib/api/handler";
import { startBackfillEndpoint } from "@/lib/api/endpoints/evaluation";
import { startBackfill } from "@/lib/evaluation/backfill";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(startBackfillEndpoint, async ({ ctx, body }) => {
  const backfill = await startBackfill(ctx, body);
  dispatchSoon();
  return backfill;
});
