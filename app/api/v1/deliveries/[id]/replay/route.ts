import { apiHandler } from "@/lib/api/handler";
import { replayDeliveryEndpoint } from "@/lib/api/endpoints/automations";
import { replayDelivery } from "@/lib/automations/deliveries";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(replayDeliveryEndpoint, async ({ ctx, params }) => {
  const result = await replayDelivery(ctx, params.id);
  dispatchSoon();
  return result;
});
