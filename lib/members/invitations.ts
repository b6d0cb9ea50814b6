import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { invitations, memberships, users, workspaces } from "@/db/schema";
import { actorUserId, assertCan, type Ctx } from "@/lib/context";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { emailSchema, parseInput } from "@/lib/validation";
import { sendEmail } from "@/integrations/email/send-email";
import { assertMayGrant, roleSchema } from "./change-role";

const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const invitationInput = z.object({ email: emailSchema, role: roleSchema.default("member") });

/** Invites by email; returns the one-time link (shown in the UI; emailed once email delivery exists). */
export async function createInvitation(ctx: Ctx, input: unknown, appUrl: string) {
  assertCan(ctx, "members.manage");
  const { email, role } = parseInput(invitationInput, input);
  assertMayGrant(ctx, role);
  const [existing] = await ctx.db
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(users.email, email)));
  if (existing) throw new ConflictError(`${email} is already a member`, { issues: [{ path: "email", message: "is already a member" }] });

  const token = randomBytes(24).toString("base64url");
  const link = `${appUrl.replace(/\/$/, "")}/invite/${token}`;
  const invitationId = await ctx.db.transaction(async (tx) => {
    // Inviting the same address again replaces the earlier link.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.workspaceId, ctx.workspace.id), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [row] = await tx
      .insert(invitations)
      .values({
        workspaceId: ctx.workspace.id,
        email,
        role,
        tokenHash: hashToken(token),
        invitedBy: actorUserId(ctx),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .returning({ id: invitations.id });
    return row.id;
  });
  // The link is also shown to the inviter, so a failed email never loses the invitation.
  const sent = await sendEmail(ctx.db, {
    workspaceId: ctx.workspace.id,
    to: [email],
    subject: `You're invited to ${ctx.workspace.name} on Debrief`,
    text: `You were invited to join ${ctx.workspace.name} on Debrief as ${role}.\n\nAccept the invitation (valid for ${INVITATION_DAYS} days):\n${link}`,
    idempotencyKey: `invitation:${invitationId}`,
  }).catch((error: Error) => ({ status: "failed" as const, error: error.message }));
  return { email, role, link, emailStatus: sent.status };
}

export async function revokeInvitation(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "members.manage");
  const rows = await ctx.db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, id), eq(invitations.workspaceId, ctx.workspace.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (rows.length === 0) throw new NotFoundError("Invitation");
}

/** The open invitation behind a link, with its workspace; expired, used or revoked → not found. */
export async function findInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, workspaceId: workspaces.id, workspaceName: workspaces.name, workspaceSlug: workspaces.slug })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())));
  if (!row) throw new NotFoundError("Invitation");
  return row;
}

/** The signed-in user joins; the invitation was for their email address. */
export async function acceptInvitation(db: Db, user: { id: string; email: string }, token: string) {
  const invitation = await findInvitation(db, token);
  if (invitation.email !== user.email.toLowerCase()) {
    throw InvalidError.field("email", `this invitation is for ${invitation.email}; sign in with that address`);
  }
  await db.transaction(async (tx) => {
    await tx.insert(memberships).values({ workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role }).onConflictDoNothing();
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
  });
  return { slug: invitation.workspaceSlug };
}
