import { apiHandler } from "@/lib/api/handler";
import { testBenchEndpoint } from "@/lib/api/endpoints/evaluation";
import { runTestBench } from "@/lib/evaluation/test-bench";

export const POST = apiHandler(testBenchEndpoint, async ({ ctx, params, body }) => runTestBench(ctx, params.id, body));
