import { and, eq } from "drizzle-orm";
import { goals } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { activeGoals, getGoalOrThrow, referrersOf } from "./goal-store";

/** Deletes a goal and its revisions. Archive instead to keep its history. */
export async function deleteGoal(ctx: Ctx, agentId: string, idOrKey: string): Promise<void> {
  assertCan(ctx, "definitions.write");
  await getAgentOrThrow(ctx, agentId);
  const goal = await getGoalOrThrow(ctx, agentId, idOrKey);
  const referrers = referrersOf(await activeGoals(ctx, agentId), goal.key);
  if (referrers.length) throw InvalidError.field("key", `"${goal.key}" is a next step of ${referrers.join(", ")}; remove it from their next steps first`);
  await ctx.db.delete(goals).where(and(eq(goals.id, goal.id), eq(goals.workspaceId, ctx.workspace.id)));
}
