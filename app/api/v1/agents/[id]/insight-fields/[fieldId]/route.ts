import { apiHandler } from "@/lib/api/handler";
import { deleteInsightFieldEndpoint, updateInsightFieldEndpoint } from "@/lib/api/endpoints/insight-fields";
import { noContent } from "@/lib/api/respond";
import { deleteInsightField, updateInsightField } from "@/lib/insight-fields/insight-fields";

export const PATCH = apiHandler(updateInsightFieldEndpoint, async ({ ctx, params, body }) => updateInsightField(ctx, params.id, params.fieldId, body));
export const DELETE = apiHandler(deleteInsightFieldEndpoint, async ({ ctx, params }) => {
  await deleteInsightField(ctx, params.id, params.fieldId);
  return noContent();
});
