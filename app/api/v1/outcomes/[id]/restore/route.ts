import { apiHandler } from "@/lib/api/handler";
import { restoreOutcomeEndpoint } from "@/lib/api/endpoints/outcomes";
import { setOutcomeArchived } from "@/lib/outcomes/outcomes";

export const POST = apiHandler(restoreOutcomeEndpoint, async ({ ctx, params }) => setOutcomeArchived(ctx, params.id, false));
