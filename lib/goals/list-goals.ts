import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { goalRevisions, goals } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import type { Ctx } from "@/lib/context";
import { getGoalOrThrow } from "./goal-store";
import { presentGoal } from "./present-goal";

export async function listGoals(ctx: Ctx, agentId: string, { archived = false }: { archived?: boolean } = {}) {
  await getAgentOrThrow(ctx, agentId);
  const rows = await ctx.db
    .select()
    .from(goals)
    .where(and(eq(goals.agentId, agentId), eq(goals.workspaceId, ctx.workspace.id), archived ? isNotNull(goals.archivedAt) : isNull(goals.archivedAt)))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  return rows.map(presentGoal);
}

export async function getGoal(ctx: Ctx, agentId: string, idOrKey: string) {
  await getAgentOrThrow(ctx, agentId);
  return presentGoal(await getGoalOrThrow(ctx, agentId, idOrKey));
}

/** Every revision of a goal, newest first. */
export async function listGoalRevisions(ctx: Ctx, agentId: string, idOrKey: string) {
  await getAgentOrThrow(ctx, agentId);
  const goal = await getGoalOrThrow(ctx, agentId, idOrKey);
  return ctx.db
    .select({ revision: goalRevisions.revision, snapshot: goalRevisions.snapshot, createdAt: goalRevisions.createdAt, createdBy: goalRevisions.createdBy })
    .from(goalRevisions)
    .where(and(eq(goalRevisions.goalId, goal.id), eq(goalRevisions.workspaceId, ctx.workspace.id)))
    .orderBy(desc(goalRevisions.revision));
}
