import { apiHandler } from "@/lib/api/handler";
import { runTestSetEndpoint } from "@/lib/api/endpoints/evaluation";
import { runTestSet } from "@/lib/evaluation/test-bench";

export const POST = apiHandler(runTestSetEndpoint, async ({ ctx, params }) => runTestSet(ctx, params.id));
