import { and, eq } from "drizzle-orm";
import { agentOutcomes, agents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";

export type AgentRow = typeof agents.$inferSelect;

/** The agent in the caller's workspace, or "not found" (also for other workspaces' agents). */
export async function getAgentOrThrow(ctx: Ctx, id: string): Promise<AgentRow> {
  const [agent] = await ctx.db.select().from(agents).where(and(eq(agents.id, id), eq(agents.workspaceId, ctx.workspace.id)));
  if (!agent) throw new NotFoundError("Agent");
  return agent;
}

export async function agentOutcomeIds(ctx: Ctx, agentId: string): Promise<string[]> {
  const rows = await ctx.db.select({ id: agentOutcomes.outcomeId }).from(agentOutcomes).where(eq(agentOutcomes.agentId, agentId));
  return rows.map((r) => r.id);
}

/** The agent as the API and pages show it. */
export function presentAgent(agent: AgentRow, outcomeIds: string[]) {
  return {
    id: agent.id,
    name: agent.name,
    purpose: agent.purpose,
    prompt: agent.prompt,
    phoneNumbers: agent.phoneNumbers,
    insights: { summary: agent.insightSummary, sentiment: agent.insightSentiment, topics: agent.insightTopics },
    outcomeIds,
    archived: agent.archivedAt !== null,
    archivedAt: agent.archivedAt,
    createdAt: agent.createdAt,
    updatedAt: agent.updatedAt,
  };
}
export type AgentView = ReturnType<typeof presentAgent>;

export async function getAgentView(ctx: Ctx, id: string): Promise<AgentView> {
  const agent = await getAgentOrThrow(ctx, id);
  return presentAgent(agent, await agentOutcomeIds(ctx, id));
}
