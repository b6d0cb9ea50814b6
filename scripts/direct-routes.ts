import * as batchRoute from "@/app/api/v1/conversations/batch/route";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import { batchConversationsEndpoint, createConversationEndpoint } from "@/lib/api/endpoints/conversations";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/api/read-body";
import { serveDirect } from "@/lib/server/direct-route";

/** The routes `npm start` answers without Next (by path, POST only): the hot ingest path. */
export const directRoutes: Record<string, { handler: (request: Request) => Promise<Response>; maxBodyBytes: number }> = {
  [createConversationEndpoint.path]: { handler: conversationsRoute.POST, maxBodyBytes: createConversationEndpoint.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
  [batchConversationsEndpoint.path]: { handler: batchRoute.POST, maxBodyBytes: batchConversationsEndpoint.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
};

export { serveDirect };
