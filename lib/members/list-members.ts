import { and, asc, eq, isNull } from "drizzle-orm";
import { invitations, memberships, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";

export async function listMembers(ctx: Ctx) {
  return ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspace.id))
    .orderBy(asc(users.email));
}

export async function listOpenInvitations(ctx: Ctx) {
  return ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspace.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.email));
}
