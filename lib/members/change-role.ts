import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { memberships } from "@/db/schema";
import { ROLES } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { ROLE_RANK, type Role } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

/** Nobody grants or touches a role above their own. */
export function assertMayGrant(ctx: Ctx, role: Role): void {
  if (ROLE_RANK[role] > ROLE_RANK[ctx.actor.role]) throw new ForbiddenError(`Only an owner can grant the ${role} role`);
}

export async function getMembership(ctx: Ctx, userId: string) {
  const [row] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("Member");
  return row;
}

/** A workspace always keeps at least one owner. */
export async function assertNotLastOwner(ctx: Ctx, userId: string): Promise<void> {
  const member = await getMembership(ctx, userId);
  if (member.role !== "owner") return;
  const [{ owners }] = await ctx.db
    .select({ owners: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(memberships.role, "owner")));
  if (owners <= 1) throw InvalidError.field("role", "the workspace needs at least one owner; make someone else owner first");
}

export async function changeMemberRole(ctx: Ctx, input: unknown) {
  assertCan(ctx, "members.manage");
  const { userId, role } = parseInput(z.object({ userId: z.string().min(1), role: roleSchema }), input);
  const member = await getMembership(ctx, userId);
  assertMayGrant(ctx, role);
  assertMayGrant(ctx, member.role);
  if (role !== "owner") await assertNotLastOwner(ctx, userId);
  await ctx.db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(memberships.userId, userId)));
  return { userId, role };
}
