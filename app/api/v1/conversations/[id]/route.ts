import { apiHandler } from "@/lib/api/handler";
import { deleteConversationEndpoint, getConversationEndpoint } from "@/lib/api/endpoints/conversations";
import { noContent } from "@/lib/api/respond";
import { deleteConversation, getConversation } from "@/lib/conversations/get-conversation";
import { getCurrentResults } from "@/lib/evaluation/get-results";

export const GET = apiHandler(getConversationEndpoint, async ({ ctx, params }) => ({ ...(await getConversation(ctx, params.id)), results: await getCurrentResults(ctx, params.id) }));
export const DELETE = apiHandler(deleteConversationEndpoint, async ({ ctx, params }) => {
  await deleteConversation(ctx, params.id);
  return noContent();
});
