import { apiHandler } from "@/lib/api/handler";
import { rejectObjectiveEndpoint } from "@/lib/api/endpoints/evaluation";
import { decideObjective } from "@/lib/evaluation/overrides";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(rejectObjectiveEndpoint, async ({ ctx, params, body }) => {
  const result = await decideObjective(ctx, params.id, params.key, "reject", body);
  dispatchSoon();
  return result;
});
