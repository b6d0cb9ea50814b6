import { apiHandler } from "@/lib/api/handler";
import { createConversationEndpoint, listConversationsEndpoint } from "@/lib/api/endpoints/conversations";
import { json } from "@/lib/api/respond";
import { ingestParsedConversation } from "@/lib/conversations/ingest-conversation";
import { listConversations } from "@/lib/conversations/list-conversations";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(createConversationEndpoint, async ({ ctx, body }) => {
  const { id, status, created } = await ingestParsedConversation(ctx, body);
  if (created) dispatchSoon();
  return json({ id, status }, created ? 202 : 200);
});

export const GET = apiHandler(listConversationsEndpoint, async ({ ctx, query }) => listConversations(ctx, query));
