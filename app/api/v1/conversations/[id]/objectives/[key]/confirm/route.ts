import { apiHandler } from "@/lib/api/handler";
import { confirmObjectiveEndpoint } from "@/lib/api/endpoints/evaluation";
import { decideObjective } from "@/lib/evaluation/overrides";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(confirmObjectiveEndpoint, async ({ ctx, params, body }) => {
  const result = await decideObjective(ctx, params.id, params.key, "confirm", body);
  dispatchSoon();
  return result;
});
