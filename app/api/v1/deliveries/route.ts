import { apiHandler } from "@/lib/api/handler";
import { listDeliveriesEndpoint } from "@/lib/api/endpoints/automations";
import { listDeliveries } from "@/lib/automations/deliveries";

export const GET = apiHandler(listDeliveriesEndpoint, async ({ ctx, query }) => listDeliveries(ctx, query));
