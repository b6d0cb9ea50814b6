import { and, desc, eq, sql } from "drizzle-orm";
import { backfills } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** The most recent backfill over one agent's calls, so a page can pick up a run still in progress. */
export async function latestBackfillForAgent(ctx: Ctx, agentId: string) {
  const [row] = await ctx.db
    .select()
    .from(backfills)
    .where(and(eq(backfills.workspaceId, ctx.workspace.id), sql`${backfills.filter}->>'agentId' = ${agentId}`))
    .orderBy(desc(backfills.createdAt))
    .limit(1);
  return row ?? null;
}
