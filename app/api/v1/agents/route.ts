import { apiHandler } from "@/lib/api/handler";
import { createAgentEndpoint, listAgentsEndpoint } from "@/lib/api/endpoints/agents";
import { createAgent } from "@/lib/agents/create-agent";
import { listAgentViews } from "@/lib/agents/list-agents";

export const GET = apiHandler(listAgentsEndpoint, async ({ ctx, query }) => ({ data: await listAgentViews(ctx, { archived: query.archived }) }));
export const POST = apiHandler(createAgentEndpoint, async ({ ctx, body }) => createAgent(ctx, body));
