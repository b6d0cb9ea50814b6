import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { agents, analyticsFacts, analyticsGoalDaily, conversations, goalResults, goals } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { dayStartIn } from "@/lib/workspaces/time-zone";
import { bucketsOf } from "./days";
import type { Filters } from "./filters";
import { toGoalCounts } from "./get-goal-stats";
import { bucketOf, rollupWhere, sumInt } from "./rollup-query";

export const MISSED_STATUSES = ["not_achieved", "partially_achieved"] as const;

/** The bounds of a range of local days as instants: [from 00:00, the day after `to` 00:00) there. */
export const rangeBounds = (f: Filters) => ({ start: dayStartIn(f.from, f.timeZone), end: dayStartIn(f.to, f.timeZone, 1) });

/** A goal's page: its figures for the filters, its trend, and recent conversations that achieved and missed it. */
export async function getGoalDetail(ctx: Ctx, goalId: string, base: Filters, examples = 5) {
  const [goal] = await ctx.db
    .select({ id: goals.id, key: goals.key, title: goals.title, description: goals.description, kind: goals.kind, position: goals.position, archivedAt: goals.archivedAt, agentId: goals.agentId, agentName: agents.name })
    .from(goals)
    .innerJoin(agents, eq(agents.id, goals.agentId))
    .where(and(eq(goals.id, goalId), eq(goals.workspaceId, ctx.workspace.id)));
  if (!goal) throw new NotFoundError("Goal");
  const f: Filters = { ...base, agentIds: [goal.agentId] };
  const t = analyticsGoalDaily;
  const where = and(rollupWhere(t, f), eq(t.goalKey, goal.key));
  const fields = { results: sumInt(t.results), achieved: sumInt(t.achieved), partial: sumInt(t.partial), notAchieved: sumInt(t.notAchieved), pending: sumInt(t.pending), reached: sumInt(t.reached), reviewed: sumInt(t.reviewed), agreed: sumInt(t.agreed) };
  const bucket = bucketOf(t.day, f.interval);
  const [[total], trendRows, achieved, missed] = await Promise.all([
    ctx.db.select(fields).from(t).where(where),
    ctx.db.select({ bucket, ...fields }).from(t).where(where).groupBy(bucket),
    exampleConversations(ctx, f, goal.key, ["achieved"], examples),
    exampleConversations(ctx, f, goal.key, [...MISSED_STATUSES], examples),
  ]);
  const byBucket = new Map(trendRows.map((r) => [r.bucket, r]));
  const zero = { results: 0, achieved: 0, partial: 0, notAchieved: 0, pending: 0, reached: 0, reviewed: 0, agreed: 0 };
  return {
    goal: { ...goal, archived: Boolean(goal.archivedAt) },
    stats: toGoalCounts(total ?? zero),
    trend: bucketsOf(f.from, f.to, f.interval).map((b) => ({ bucket: b, ...toGoalCounts(byBucket.get(b) ?? zero) })),
    examples: { achieved, missed },
  };
}

export type GoalDetail = Awaited<ReturnType<typeof getGoalDetail>>;

async function exampleConversations(ctx: Ctx, f: Filters, goalKey: string, statuses: string[], limit: number) {
  const { start, end } = rangeBounds(f);
  return ctx.db
    .select({
      id: conversations.id,
      endedAt: conversations.endedAt,
      contactName: conversations.contactName,
      contactPhone: conversations.contactPhone,
      durationSeconds: conversations.durationSeconds,
      status: goalResults.effectiveStatus,
      rationale: goalResults.rationale,
    })
    .from(conversations)
    .innerJoin(goalResults, and(eq(goalResults.conversationId, conversations.id), eq(goalResults.isCurrent, true), eq(goalResults.goalKey, goalKey)))
    .innerJoin(analyticsFacts, and(eq(analyticsFacts.conversationId, conversations.id), eq(analyticsFacts.reach, "connected")))
    .where(
      and(
        eq(conversations.workspaceId, ctx.workspace.id),
        eq(conversations.agentId, f.agentIds[0]),
        sql`${conversations.endedAt} >= ${start}`,
        sql`${conversations.endedAt} < ${end}`,
        inArray(goalResults.effectiveStatus, statuses),
        f.direction ? eq(conversations.direction, f.direction) : undefined,
        f.callType ? eq(conversations.callType, f.callType) : undefined,
      ),
    )
    .orderBy(desc(conversations.endedAt))
    .limit(limit);
}
