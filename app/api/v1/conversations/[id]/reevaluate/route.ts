import { apiHandler } from "@/lib/api/handler";
import { reevaluateEndpoint } from "@/lib/api/endpoints/evaluation";
import { reevaluateConversation } from "@/lib/evaluation/reevaluate";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(reevaluateEndpoint, async ({ ctx, params }) => {
  const result = await reevaluateConversation(ctx, params.id);
  dispatchSoon();
  return result;
});
