import { and, eq } from "drizzle-orm";
import { conversations, goals } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/**
 * Whether an object belongs to the workspace. Layouts check this before a page's loading boundary
 * starts streaming, so another workspace's object answers a real 404 status, not a 200 "not found".
 */
export async function existsInWorkspace(ctx: Ctx, kind: "conversation" | "goal", id: string): Promise<boolean> {
  const table = kind === "conversation" ? conversations : goals;
  // Ids are UUIDs; anything else cannot exist (and must not reach a uuid comparison).
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const [row] = await ctx.db.select({ id: table.id }).from(table).where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspace.id)));
  return Boolean(row);
}
