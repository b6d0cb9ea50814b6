import { apiHandler } from "@/lib/api/handler";
import { agreementEndpoint } from "@/lib/api/endpoints/evaluation";
import { agreementByGoal } from "@/lib/evaluation/agreement";

export const GET = apiHandler(agreementEndpoint, async ({ ctx, params }) => ({ data: await agreementByGoal(ctx, params.id) }));
