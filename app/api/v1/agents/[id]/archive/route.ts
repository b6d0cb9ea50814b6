import { apiHandler } from "@/lib/api/handler";
import { archiveAgentEndpoint } from "@/lib/api/endpoints/agents";
import { setAgentArchived } from "@/lib/agents/archive-agent";

export const POST = apiHandler(archiveAgentEndpoint, async ({ ctx, params }) => setAgentArchived(ctx, params.id, true));
