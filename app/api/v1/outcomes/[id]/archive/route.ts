import { apiHandler } from "@/lib/api/handler";
import { archiveOutcomeEndpoint } from "@/lib/api/endpoints/outcomes";
import { setOutcomeArchived } from "@/lib/outcomes/outcomes";

export const POST = apiHandler(archiveOutcomeEndpoint, async ({ ctx, params }) => setOutcomeArchived(ctx, params.id, true));
