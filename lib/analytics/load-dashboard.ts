import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { agents, conversations } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { getAgentComparison } from "./get-agent-comparison";
import { getGoalStats, rankMissed } from "./get-goal-stats";
import { getOutcomeStats } from "./get-outcome-stats";
import { getSummary } from "./get-summary";
import { getTimeseries } from "./get-timeseries";

/**
 * The day (in the workspace's zone) of the workspace's latest call, or null before its first one
 * (the dashboard then shows the first-call guide; an empty range offers to jump to that day).
 */
export async function latestCallDay(ctx: Ctx, timeZone: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ day: sql<string>`to_char(${conversations.endedAt} at time zone ${timeZone}, 'YYYY-MM-DD')` })
    .from(conversations)
    .where(eq(conversations.workspaceId, ctx.workspace.id))
    .orderBy(desc(conversations.endedAt))
    .limit(1);
  return row?.day ?? null;
}

export async function listAgentOptions(ctx: Ctx) {
  return ctx.db.select({ id: agents.id, name: agents.name }).from(agents).where(and(eq(agents.workspaceId, ctx.workspace.id), isNull(agents.archivedAt))).orderBy(agents.name);
}

/** Everything the dashboard page shows, for one set of filters. */
export async function loadDashboard(ctx: Ctx, f: Filters) {
  const [summary, timeseries, goals, outcomes, agentRows] = await Promise.all([getSummary(ctx, f), getTimeseries(ctx, f), getGoalStats(ctx, f), getOutcomeStats(ctx, f), getAgentComparison(ctx, f)]);
  return { summary, timeseries, goals, mostMissed: rankMissed(goals), outcomes, agents: agentRows };
}
export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
