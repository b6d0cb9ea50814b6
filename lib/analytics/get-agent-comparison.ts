import { and, eq, gte, lte } from "drizzle-orm";
import { agents, analyticsDaily } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { measureFields, toKpis, type Kpis, type Measures } from "./kpis";
import { ratio, rollupWhere, sumInt } from "./rollup-query";

export interface AgentRow extends Kpis {
  agentId: string;
  name: string;
  archived: boolean;
  /** Success rate of the previous period, for the change. */
  previousSuccessRate: number | null;
  previousConversations: number;
}

/** One row per agent with calls in either period: the figures of the KPI cards, side by side. */
export async function getAgentComparison(ctx: Ctx, f: Filters): Promise<AgentRow[]> {
  const t = analyticsDaily;
  const previous = and(gte(t.day, f.previousFrom), lte(t.day, f.previousTo))!;
  const [rows, names] = await Promise.all([
    ctx.db
      .select({
        agentId: t.agentId,
        ...measureFields(and(gte(t.day, f.from), lte(t.day, f.to))),
        previousConversations: sumInt(t.conversations, previous),
        previousJudged: sumInt(t.judged, previous),
        previousAchieved: sumInt(t.achieved, previous),
      })
      .from(t)
      .where(rollupWhere(t, f, f.previousFrom, f.to))
      .groupBy(t.agentId),
    ctx.db.select({ id: agents.id, name: agents.name, archivedAt: agents.archivedAt }).from(agents).where(eq(agents.workspaceId, ctx.workspace.id)),
  ]);
  const agentOf = new Map(names.map((a) => [a.id, a]));
  return rows
    .filter((r) => r.conversations > 0 || r.previousConversations > 0)
    .map(({ agentId, previousConversations, previousJudged, previousAchieved, ...m }) => ({
      agentId,
      name: agentOf.get(agentId)?.name ?? "Deleted agent",
      archived: Boolean(agentOf.get(agentId)?.archivedAt),
      ...toKpis(m as Measures),
      previousSuccessRate: ratio(previousAchieved, previousJudged),
      previousConversations,
    }))
    .sort((a, b) => b.conversations - a.conversations || a.name.localeCompare(b.name));
}
