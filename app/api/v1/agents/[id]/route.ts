import { apiHandler } from "@/lib/api/handler";
import { deleteAgentEndpoint, getAgentEndpoint, updateAgentEndpoint } from "@/lib/api/endpoints/agents";
import { noContent } from "@/lib/api/respond";
import { deleteAgent } from "@/lib/agents/delete-agent";
import { getAgentView } from "@/lib/agents/get-agent";
import { updateAgent } from "@/lib/agents/update-agent";

export const GET = apiHandler(getAgentEndpoint, async ({ ctx, params }) => getAgentView(ctx, params.id));
export const PATCH = apiHandler(updateAgentEndpoint, async ({ ctx, params, body }) => updateAgent(ctx, params.id, body));
export const DELETE = apiHandler(deleteAgentEndpoint, async ({ ctx, params }) => {
  await deleteAgent(ctx, params.id);
  return noContent();
});
