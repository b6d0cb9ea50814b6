import { apiHandler } from "@/lib/api/handler";
import { deleteConversationEndpoint, getConversationEndpoint } from "@/lib/api/endpoints/conversations";
import { noContent } from "@/lib/api/respond";
import { deleteConversation, getConversation } from "@/lib/conversations/get-conversation";

export const GET = apiHandler(getConversationEndpoint, async ({ ctx, params }) => getConversation(ctx, params.id));
export const DELETE = apiHandler(deleteConversationEndpoint, async ({ ctx, params }) => {
  await deleteConversation(ctx, params.id);
  return noContent();
});
