import { apiHandler } from "@/lib/api/handler";
import { batchConversationsEndpoint } from "@/lib/api/endpoints/conversations";
import { ingestBatch } from "@/lib/conversations/ingest-batch";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(batchConversationsEndpoint, async ({ ctx, body }) => {
  const results = await ingestBatch(ctx, body);
  if (results.some((r) => r.ok && r.created)) dispatchSoon();
  return { results };
});
