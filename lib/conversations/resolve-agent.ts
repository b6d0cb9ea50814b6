import { and, eq, isNull, sql } from "drizzle-orm";
import { agents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { toE164 } from "@/lib/phone";

/** The agent a call belongs to: by id, or by one of an active agent's phone numbers. */
export async function resolveAgentId(ctx: Ctx, agentId: string | null | undefined, agentPhoneNumber: string | null | undefined): Promise<string> {
  if (agentId) {
    const [agent] = await ctx.db.select({ id: agents.id }).from(agents).where(and(eq(agents.id, agentId), eq(agents.workspaceId, ctx.workspace.id)));
    if (!agent) throw InvalidError.field("agentId", "no agent with this id in this workspace");
    return agent.id;
  }
  const number = toE164(agentPhoneNumber);
  if (!number) throw InvalidError.field("agentPhoneNumber", "is not a phone number (use international format, e.g. +14155550100)");
  const [agent] = await ctx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspace.id), isNull(agents.archivedAt), sql`${agents.phoneNumbers} @> ${JSON.stringify([number])}::jsonb`));
  if (!agent) throw InvalidError.field("agentPhoneNumber", `no active agent has the number ${number}`);
  return agent.id;
}
