import { and, eq } from "drizzle-orm";
import { agents } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { assertPhoneNumbersFree } from "./agent-rules";
import { getAgentOrThrow, getAgentView, type AgentView } from "./get-agent";

/** Archived agents keep their calls and results but stop matching incoming calls by phone number. */
export async function setAgentArchived(ctx: Ctx, id: string, archived: boolean): Promise<AgentView> {
  assertCan(ctx, "definitions.write");
  const agent = await getAgentOrThrow(ctx, id);
  // Restoring must not create a second owner for a number another agent took meanwhile.
  if (!archived && agent.archivedAt) await assertPhoneNumbersFree(ctx, agent.phoneNumbers, id);
  await ctx.db
    .update(agents)
    .set({ archivedAt: archived ? (agent.archivedAt ?? new Date()) : null, updatedAt: new Date() })
    .where(and(eq(agents.id, id), eq(agents.workspaceId, ctx.workspace.id)));
  return getAgentView(ctx, id);
}
