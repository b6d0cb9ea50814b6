import { apiHandler } from "@/lib/api/handler";
import { clearGoalOverrideEndpoint, overrideGoalEndpoint } from "@/lib/api/endpoints/evaluation";
import { noContent } from "@/lib/api/respond";
import { clearGoalOverride, overrideGoal } from "@/lib/evaluation/overrides";

export const PUT = apiHandler(overrideGoalEndpoint, async ({ ctx, params, body }) => {
  await overrideGoal(ctx, params.id, params.key, body);
  return { ok: true };
});
export const DELETE = apiHandler(clearGoalOverrideEndpoint, async ({ ctx, params }) => {
  await clearGoalOverride(ctx, params.id, params.key);
  return noContent();
});
