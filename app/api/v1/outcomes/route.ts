import { apiHandler } from "@/lib/api/handler";
import { createOutcomeEndpoint, listOutcomesEndpoint } from "@/lib/api/endpoints/outcomes";
import { createOutcome, listOutcomes } from "@/lib/outcomes/outcomes";

export const GET = apiHandler(listOutcomesEndpoint, async ({ ctx, query }) => ({ data: await listOutcomes(ctx, { archived: query.archived }) }));
export const POST = apiHandler(createOutcomeEndpoint, async ({ ctx, body }) => createOutcome(ctx, body));
