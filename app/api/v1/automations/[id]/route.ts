import { apiHandler } from "@/lib/api/handler";
import { deleteAutomationEndpoint, getAutomationEndpoint, updateAutomationEndpoint } from "@/lib/api/endpoints/automations";
import { noContent } from "@/lib/api/respond";
import { deleteAutomation, getAutomation, updateAutomation } from "@/lib/automations/automations";

export const GET = apiHandler(getAutomationEndpoint, async ({ ctx, params }) => getAutomation(ctx, params.id));
export const PATCH = apiHandler(updateAutomationEndpoint, async ({ ctx, params, body }) => updateAutomation(ctx, params.id, body));
export const DELETE = apiHandler(deleteAutomationEndpoint, async ({ ctx, params }) => {
  await deleteAutomation(ctx, params.id);
  return noContent();
});
