import { apiHandler } from "@/lib/api/handler";
import { createInsightFieldEndpoint, listInsightFieldsEndpoint } from "@/lib/api/endpoints/insight-fields";
import { createInsightField, listInsightFields } from "@/lib/insight-fields/insight-fields";

export const GET = apiHandler(listInsightFieldsEndpoint, async ({ ctx, params }) => ({ data: await listInsightFields(ctx, params.id) }));
export const POST = apiHandler(createInsightFieldEndpoint, async ({ ctx, params, body }) => createInsightField(ctx, params.id, body));
