import { apiHandler } from "@/lib/api/handler";
import { deleteOutcomeEndpoint, getOutcomeEndpoint, updateOutcomeEndpoint } from "@/lib/api/endpoints/outcomes";
import { noContent } from "@/lib/api/respond";
import { deleteOutcome, getOutcome, updateOutcome } from "@/lib/outcomes/outcomes";

export const GET = apiHandler(getOutcomeEndpoint, async ({ ctx, params }) => getOutcome(ctx, params.id));
export const PATCH = apiHandler(updateOutcomeEndpoint, async ({ ctx, params, body }) => updateOutcome(ctx, params.id, body));
export const DELETE = apiHandler(deleteOutcomeEndpoint, async ({ ctx, params }) => {
  await deleteOutcome(ctx, params.id);
  return noContent();
});
