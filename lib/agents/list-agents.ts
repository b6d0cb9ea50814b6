import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { agentOutcomes, agents, goals } from "@/db/schema";
import { presentAgent } from "./get-agent";
import type { Ctx } from "@/lib/context";

/**
 * Agents of the workspace with their active goal counts; archived ones only when asked. The
 * subqueries name their tables: drizzle renders a column of the selected table unqualified, so
 * `${goals.agentId} = ${agents.id}` would read "agent_id" = "id" inside the subquery.
 */
export async function listAgents(ctx: Ctx, { archived = false }: { archived?: boolean } = {}) {
  return ctx.db
    .select({
      id: agents.id,
      name: agents.name,
      purpose: agents.purpose,
      phoneNumbers: agents.phoneNumbers,
      archivedAt: agents.archivedAt,
      createdAt: agents.createdAt,
      goalCount: sql<number>`(select count(*)::int from ${goals} g where g.agent_id = ${agents}.id and g.archived_at is null)`,
      hasPrimary: sql<boolean>`exists (select 1 from ${goals} g where g.agent_id = ${agents}.id and g.archived_at is null and g.kind = 'primary')`,
    })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspace.id), archived ? isNotNull(agents.archivedAt) : isNull(agents.archivedAt)))
    .orderBy(asc(agents.name));
}

/** The API's list: every agent as presentAgent shows it, in two queries. */
export async function listAgentViews(ctx: Ctx, { archived = false }: { archived?: boolean } = {}) {
  const rows = await ctx.db
    .select()
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspace.id), archived ? isNotNull(agents.archivedAt) : isNull(agents.archivedAt)))
    .orderBy(asc(agents.name));
  const links = rows.length ? await ctx.db.select().from(agentOutcomes).where(inArray(agentOutcomes.agentId, rows.map((r) => r.id))) : [];
  return rows.map((row) => presentAgent(row, links.filter((l) => l.agentId === row.id).map((l) => l.outcomeId)));
}
