import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { emails } from "@/db/schema";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { acceptInvitation, createInvitation, findInvitation, revokeInvitation } from "@/lib/members/invitations";
import { changeMemberRole } from "@/lib/members/change-role";
import { listMembers, listOpenInvitations } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { createWorkspace } from "./create-workspace";
import { getWorkspaceCtx } from "./get-workspace-for-user";
import { listUserWorkspaces } from "./list-user-workspaces";
import { renameWorkspace } from "./rename-workspace";
import { slugify } from "./slug";

const APP = "http://localhost:3000";

describe("slugify", () => {
  it("makes URL-safe slugs from any name", () => {
    expect(slugify("Acme Dental — Front Desk!")).toBe("acme-dental-front-desk");
    expect(slugify("Café Zürich")).toBe("cafe-zurich");
    expect(slugify("???")).toBe("workspace");
  });
});

describe.each(TEST_ENGINES)("workspaces and members on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates more workspaces with unique slugs and lists them for the user only", async () => {
    const { user, ctx } = await createOwner(database.db, "Linus");
    const second = await createWorkspace(database.db, user.id, { name: "Linus Co" });
    expect(second.slug).toBe(`${ctx.workspace.slug}-2`);
    const other = await createOwner(database.db, "Someone Else");
    const mine = await listUserWorkspaces(database.db, user.id);
    expect(mine.map((w) => w.slug).sort()).toEqual([ctx.workspace.slug, second.slug].sort());
    expect(mine.map((w) => w.id)).not.toContain(other.workspace.id);
  });

  it("renames without changing the slug, and validates the name", async () => {
    const { ctx } = await createOwner(database.db);
    const renamed = await renameWorkspace(ctx, { name: "  Renamed Inc  " });
    expect(renamed).toMatchObject({ name: "Renamed Inc", slug: ctx.workspace.slug });
    await expect(renameWorkspace(ctx, { name: "" })).rejects.toMatchObject({ issues: [{ path: "name" }] });
  });

  it("never gives a non-member a context for someone else's workspace", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    await expect(getWorkspaceCtx(database.db, b.user.id, a.workspace.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWorkspaceCtx(database.db, b.user.id, "no-such-workspace")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("invites by email with a role; the invitee joins through the link with that role", async () => {
    const owner = await createOwner(database.db);
    const invitee = await createOwner(database.db, "Invitee");
    const invitation = await createInvitation(owner.ctx, { email: invitee.email.toUpperCase(), role: "admin" }, APP);
    expect(invitation.link).toMatch(/^http:\/\/localhost:3000\/invite\/[\w-]{20,}$/);
    // No SMTP configured in tests: the invitation email waits in the outbox.
    expect(invitation.emailStatus).toBe("stored");
    const [mail] = await database.db.select().from(emails).where(eq(emails.workspaceId, owner.workspace.id));
    expect(mail).toMatchObject({ to: [invitee.email.toLowerCase()], transport: "outbox" });
    expect(mail.text).toContain(invitation.link);
    const token = invitation.link.split("/").pop()!;
    expect(await listOpenInvitations(owner.ctx)).toHaveLength(1);

    const { slug } = await acceptInvitation(database.db, { id: invitee.user.id, email: invitee.email }, token);
    expect(slug).toBe(owner.workspace.slug);
    const ctx = await getWorkspaceCtx(database.db, invitee.user.id, slug);
    expect(ctx.actor.role).toBe("admin");
    await expect(findInvitation(database.db, token)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listOpenInvitations(owner.ctx)).toHaveLength(0);
  });

  it("refuses an invitation accepted by another address, a revoked link, and inviting a member again", async () => {
    const owner = await createOwner(database.db);
    const stranger = await createOwner(database.db, "Stranger");
    const { link } = await createInvitation(owner.ctx, { email: "someone@example.com" }, APP);
    const token = link.split("/").pop()!;
    await expect(acceptInvitation(database.db, { id: stranger.user.id, email: stranger.email }, token)).rejects.toMatchObject({ issues: [{ path: "email" }] });
    const [open] = await listOpenInvitations(owner.ctx);
    await revokeInvitation(owner.ctx, open.id);
    await expect(findInvitation(database.db, token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createInvitation(owner.ctx, { email: owner.email }, APP)).rejects.toBeInstanceOf(ConflictError);
    await expect(createInvitation(owner.ctx, { email: "x@example.com", role: "king" }, APP)).rejects.toMatchObject({ issues: [{ path: "role" }] });
  });

  it("checks roles through the permission table: members cannot manage, admins cannot make owners", async () => {
    const owner = await createOwner(database.db);
    const joiner = await createOwner(database.db, "Joiner");
    const { link } = await createInvitation(owner.ctx, { email: joiner.email, role: "member" }, APP);
    await acceptInvitation(database.db, { id: joiner.user.id, email: joiner.email }, link.split("/").pop()!);
    const memberCtx = await getWorkspaceCtx(database.db, joiner.user.id, owner.workspace.slug);
    await expect(createInvitation(memberCtx, { email: "x@example.com" }, APP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameWorkspace(memberCtx, { name: "Mine now" })).rejects.toBeInstanceOf(ForbiddenError);

    await changeMemberRole(owner.ctx, { userId: joiner.user.id, role: "admin" });
    const adminCtx = await getWorkspaceCtx(database.db, joiner.user.id, owner.workspace.slug);
    await expect(changeMemberRole(adminCtx, { userId: joiner.user.id, role: "owner" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeMemberRole(adminCtx, { userId: owner.user.id, role: "member" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps at least one owner and lets members leave or be removed", async () => {
    const owner = await createOwner(database.db);
    await expect(changeMemberRole(owner.ctx, { userId: owner.user.id, role: "admin" })).rejects.toBeInstanceOf(InvalidError);
    await expect(removeMember(owner.ctx, owner.user.id)).rejects.toBeInstanceOf(InvalidError);

    const joiner = await createOwner(database.db, "Leaver");
    const { link } = await createInvitation(owner.ctx, { email: joiner.email, role: "viewer" }, APP);
    await acceptInvitation(database.db, { id: joiner.user.id, email: joiner.email }, link.split("/").pop()!);
    expect((await listMembers(owner.ctx)).map((m) => m.role).sort()).toEqual(["owner", "viewer"]);
    await removeMember(owner.ctx, joiner.user.id);
    expect(await listMembers(owner.ctx)).toHaveLength(1);
    await expect(getWorkspaceCtx(database.db, joiner.user.id, owner.workspace.slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot touch a member of another workspace", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    await expect(changeMemberRole(a.ctx, { userId: b.user.id, role: "viewer" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember(a.ctx, b.user.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
