import { apiHandler } from "@/lib/api/handler";
import { previewAutomationEndpoint } from "@/lib/api/endpoints/automations";
import { previewAutomation } from "@/lib/automations/preview";

export const POST = apiHandler(previewAutomationEndpoint, async ({ ctx, body }) => previewAutomation(ctx, body));
