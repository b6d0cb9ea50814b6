import { apiHandler } from "@/lib/api/handler";
import { automationRunsEndpoint } from "@/lib/api/endpoints/automations";
import { getAutomationRow } from "@/lib/automations/automations";
import { listDeliveries } from "@/lib/automations/deliveries";

export const GET = apiHandler(automationRunsEndpoint, async ({ ctx, params, query }) => {
  await getAutomationRow(ctx, params.id);
  return listDeliveries(ctx, { ...query, automationId: params.id });
});
