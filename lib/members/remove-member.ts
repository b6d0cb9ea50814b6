import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { actorUserId, assertCan, type Ctx } from "@/lib/context";
import { assertMayGrant, assertNotLastOwner, getMembership } from "./change-role";

/** Removes a member; anyone may leave, managers may remove people up to their own role. */
export async function removeMember(ctx: Ctx, userId: string): Promise<void> {
  const member = await getMembership(ctx, userId);
  if (actorUserId(ctx) !== userId) {
    assertCan(ctx, "members.manage");
    assertMayGrant(ctx, member.role);
  }
  await assertNotLastOwner(ctx, userId);
  await ctx.db.delete(memberships).where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(memberships.userId, userId)));
}
