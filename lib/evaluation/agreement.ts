import { and, eq, sql } from "drizzle-orm";
import { goalResults, verdictOverrides } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import type { Ctx } from "@/lib/context";

/** Per goal: of the verdicts a person reviewed (overrode or re-stated), how many the machine got right. */
export async function agreementByGoal(ctx: Ctx, agentId: string) {
  await getAgentOrThrow(ctx, agentId);
  return ctx.db
    .select({
      goalKey: goalResults.goalKey,
      title: sql<string>`max(${goalResults.goalTitle})`,
      reviewed: sql<number>`count(*)::int`,
      agreed: sql<number>`count(*) filter (where ${verdictOverrides.goalStatus} = ${goalResults.status})::int`,
    })
    .from(goalResults)
    .innerJoin(verdictOverrides, and(eq(verdictOverrides.conversationId, goalResults.conversationId), eq(verdictOverrides.target, sql`'goal:' || ${goalResults.goalKey}`), eq(verdictOverrides.kind, "override")))
    .where(and(eq(goalResults.agentId, agentId), eq(goalResults.workspaceId, ctx.workspace.id), eq(goalResults.isCurrent, true)))
    .groupBy(goalResults.goalKey);
}
