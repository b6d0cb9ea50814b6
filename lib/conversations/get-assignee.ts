import { and, eq } from "drizzle-orm";
import { conversationAssignees, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** Who a conversation is assigned to (lead routing), or null; scoped by the workspace like every read. */
export async function getAssignee(ctx: Ctx, conversationId: string) {
  const [row] = await ctx.db
    .select({ userId: conversationAssignees.userId, name: users.name, email: users.email, assignedAt: conversationAssignees.assignedAt })
    .from(conversationAssignees)
    .leftJoin(users, eq(users.id, conversationAssignees.userId))
    .where(and(eq(conversationAssignees.conversationId, conversationId), eq(conversationAssignees.workspaceId, ctx.workspace.id)));
  if (!row) return null;
  return { userId: row.userId, name: row.name || row.email || "a former member", assignedAt: row.assignedAt };
}
