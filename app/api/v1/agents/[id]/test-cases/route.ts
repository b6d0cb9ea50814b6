import { apiHandler } from "@/lib/api/handler";
import { createTestCaseEndpoint, listTestCasesEndpoint } from "@/lib/api/endpoints/evaluation";
import { listTestCases, saveTestCase } from "@/lib/evaluation/test-bench";

export const GET = apiHandler(listTestCasesEndpoint, async ({ ctx, params }) => ({ data: await listTestCases(ctx, params.id) }));
export const POST = apiHandler(createTestCaseEndpoint, async ({ ctx, params, body }) => saveTestCase(ctx, params.id, body));
