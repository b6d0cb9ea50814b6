import { and, eq } from "drizzle-orm";
import { agents } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { getAgentOrThrow } from "./get-agent";

/** Deletes the agent with its goals and fields. (Agents with calls should be archived instead.) */
export async function deleteAgent(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "definitions.write");
  await getAgentOrThrow(ctx, id);
  await ctx.db.delete(agents).where(and(eq(agents.id, id), eq(agents.workspaceId, ctx.workspace.id)));
}
