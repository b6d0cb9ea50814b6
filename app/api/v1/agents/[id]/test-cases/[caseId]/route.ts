import { apiHandler } from "@/lib/api/handler";
import { deleteTestCaseEndpoint } from "@/lib/api/endpoints/evaluation";
import { noContent } from "@/lib/api/respond";
import { deleteTestCase } from "@/lib/evaluation/test-bench";

export const DELETE = apiHandler(deleteTestCaseEndpoint, async ({ ctx, params }) => {
  await deleteTestCase(ctx, params.id, params.caseId);
  return noContent();
});
