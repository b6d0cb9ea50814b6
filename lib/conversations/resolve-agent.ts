import { and, eq, isNull, sql } from "drizzle-orm";
import { agents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { toE164 } from "@/lib/phone";

/** How a call names its agent: by id, or by one of an active agent's phone numbers. */
export interface AgentRef {
  agentId?: string | null;
  agentPhoneNumber?: string | null;
}

/**
 * The agent ids of many calls: an id as given (the insert checks it belongs to the workspace, see
 * storeConversations), a phone number looked up once per number among active agents. A number
 * that matches none is that call's InvalidError, not the others'.
 */
export async function agentIdsOf(ctx: Ctx, refs: AgentRef[]): Promise<(string | InvalidError)[]> {
  const byNumber = new Map<string, Promise<string | InvalidError>>();
  return Promise.all(
    refs.map((ref) => {
      if (ref.agentId) return ref.agentId;
      const key = ref.agentPhoneNumber ?? "";
      if (!byNumber.has(key)) byNumber.set(key, agentByNumber(ctx, ref.agentPhoneNumber));
      return byNumber.get(key)!;
    }),
  );
}

async function agentByNumber(ctx: Ctx, agentPhoneNumber: string | null | undefined): Promise<string | InvalidError> {
  const number = toE164(agentPhoneNumber);
  if (!number) return InvalidError.field("agentPhoneNumber", "is not a phone number (use international format, e.g. +14155550100)");
  const [agent] = await ctx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspace.id), isNull(agents.archivedAt), sql`${agents.phoneNumbers} @> ${JSON.stringify([number])}::jsonb`));
  return agent ? agent.id : InvalidError.field("agentPhoneNumber", `no active agent has the number ${number}`);
}
