import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { agentOutcomes, agents, outcomes } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { ConflictError, InvalidError } from "@/lib/errors";

/** A number routes calls to one agent only: two active agents may not share it. */
export async function assertPhoneNumbersFree(ctx: Ctx, numbers: string[], exceptAgentId?: string): Promise<void> {
  if (numbers.length === 0) return;
  const others = await ctx.db
    .select({ name: agents.name, phoneNumbers: agents.phoneNumbers })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspace.id), isNull(agents.archivedAt), exceptAgentId ? ne(agents.id, exceptAgentId) : undefined));
  for (const [i, number] of numbers.entries()) {
    const owner = others.find((a) => a.phoneNumbers.includes(number));
    if (owner) throw new ConflictError(`${number} already belongs to agent "${owner.name}"`, { issues: [{ path: `phoneNumbers.${i}`, message: `already belongs to agent "${owner.name}"` }] });
  }
}

/** Replaces the agent's outcome subset; every id must be an outcome of this workspace. */
export async function setAgentOutcomes(ctx: Ctx, agentId: string, outcomeIds: string[]): Promise<void> {
  const unique = [...new Set(outcomeIds)];
  if (unique.length > 0) {
    const found = await ctx.db
      .select({ id: outcomes.id })
      .from(outcomes)
      .where(and(eq(outcomes.workspaceId, ctx.workspace.id), inArray(outcomes.id, unique)));
    const known = new Set(found.map((o) => o.id));
    const missing = unique.findIndex((id) => !known.has(id));
    if (missing >= 0) throw InvalidError.field(`outcomeIds.${missing}`, `unknown outcome "${unique[missing]}"`);
  }
  await ctx.db.delete(agentOutcomes).where(eq(agentOutcomes.agentId, agentId));
  if (unique.length > 0) await ctx.db.insert(agentOutcomes).values(unique.map((outcomeId) => ({ agentId, outcomeId })));
}
