import { and, eq, inArray } from "drizzle-orm";
import { agents, analyticsGoalDaily, goals } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { ratio, rollupWhere, sumInt } from "./rollup-query";

export interface GoalStat {
  agentId: string;
  agentName: string;
  goalId: string | null;
  goalKey: string;
  title: string;
  kind: "primary" | "secondary";
  /** Call-flow order within the agent. */
  position: number;
  archived: boolean;
  results: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  pendingConfirmation: number;
  /** Judged verdicts: achieved + partial + not achieved. */
  judged: number;
  /** Partial or not achieved: the conversations that missed it. */
  missed: number;
  reached: number;
  achievementRate: number | null;
  missRate: number | null;
  reviewed: number;
  agreed: number;
  agreementRate: number | null;
}

const fields = (t: typeof analyticsGoalDaily) => ({
  results: sumInt(t.results),
  achieved: sumInt(t.achieved),
  partial: sumInt(t.partial),
  notAchieved: sumInt(t.notAchieved),
  pending: sumInt(t.pending),
  reached: sumInt(t.reached),
  reviewed: sumInt(t.reviewed),
  agreed: sumInt(t.agreed),
});
type Counts = { [K in keyof ReturnType<typeof fields>]: number };

export function toGoalCounts(c: Counts) {
  const judged = c.achieved + c.partial + c.notAchieved;
  const missed = c.partial + c.notAchieved;
  return {
    results: c.results,
    achieved: c.achieved,
    partial: c.partial,
    notAchieved: c.notAchieved,
    pendingConfirmation: c.pending,
    judged,
    missed,
    reached: c.reached,
    achievementRate: ratio(c.achieved, judged),
    missRate: ratio(missed, judged),
    reviewed: c.reviewed,
    agreed: c.agreed,
    agreementRate: ratio(c.agreed, c.reviewed),
  };
}

/**
 * Per goal of every agent in the filters: current verdicts of connected calls (voicemail and
 * unanswered calls are left out here, as in the success rate), in agent then call-flow order.
 */
export async function getGoalStats(ctx: Ctx, f: Filters): Promise<GoalStat[]> {
  const t = analyticsGoalDaily;
  const rows = await ctx.db
    .select({ agentId: t.agentId, goalKey: t.goalKey, ...fields(t) })
    .from(t)
    .where(rollupWhere(t, f))
    .groupBy(t.agentId, t.goalKey);
  const withResults = rows.filter((r) => r.results > 0);
  if (withResults.length === 0) return [];
  const agentIds = [...new Set(withResults.map((r) => r.agentId))];
  const [goalRows, agentRows] = await Promise.all([
    ctx.db
      .select({ id: goals.id, agentId: goals.agentId, key: goals.key, title: goals.title, kind: goals.kind, position: goals.position, archivedAt: goals.archivedAt })
      .from(goals)
      .where(and(eq(goals.workspaceId, ctx.workspace.id), inArray(goals.agentId, agentIds))),
    ctx.db.select({ id: agents.id, name: agents.name }).from(agents).where(and(eq(agents.workspaceId, ctx.workspace.id), inArray(agents.id, agentIds))),
  ]);
  const goalOf = new Map(goalRows.map((g) => [`${g.agentId}:${g.key}`, g]));
  const agentName = new Map(agentRows.map((a) => [a.id, a.name]));
  return withResults
    .map((r) => {
      const goal = goalOf.get(`${r.agentId}:${r.goalKey}`);
      return {
        agentId: r.agentId,
        agentName: agentName.get(r.agentId) ?? "Deleted agent",
        goalId: goal?.id ?? null,
        goalKey: r.goalKey,
        title: goal?.title ?? r.goalKey,
        kind: goal?.kind ?? "secondary",
        position: goal?.position ?? Number.MAX_SAFE_INTEGER,
        archived: Boolean(goal?.archivedAt) || !goal,
        ...toGoalCounts(r),
      };
    })
    .sort((a, b) => a.agentName.localeCompare(b.agentName) || a.agentId.localeCompare(b.agentId) || a.position - b.position || a.goalKey.localeCompare(b.goalKey));
}

/** The objectives missed most: by miss rate, then by how many conversations missed them. */
export function rankMissed(stats: GoalStat[], limit = 8): GoalStat[] {
  return stats
    .filter((s) => s.missed > 0)
    .sort((a, b) => (b.missRate ?? 0) - (a.missRate ?? 0) || b.missed - a.missed || a.title.localeCompare(b.title))
    .slice(0, limit);
}
