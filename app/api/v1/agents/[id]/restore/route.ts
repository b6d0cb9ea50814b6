import { apiHandler } from "@/lib/api/handler";
import { restoreAgentEndpoint } from "@/lib/api/endpoints/agents";
import { setAgentArchived } from "@/lib/agents/archive-agent";

export const POST = apiHandler(restoreAgentEndpoint, async ({ ctx, params }) => setAgentArchived(ctx, params.id, false));
