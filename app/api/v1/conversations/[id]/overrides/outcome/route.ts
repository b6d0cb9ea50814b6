import { apiHandler } from "@/lib/api/handler";
import { overrideOutcomeEndpoint } from "@/lib/api/endpoints/evaluation";
import { overrideOutcome } from "@/lib/evaluation/overrides";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const PUT = apiHandler(overrideOutcomeEndpoint, async ({ ctx, params, body }) => {
  const result = await overrideOutcome(ctx, params.id, body);
  dispatchSoon();
  return result;
});
