import type { Metadata } from "next";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listMembers, listOpenInvitations } from "@/lib/members/list-members";
import { removeMemberAction, revokeInvitationAction } from "../actions";
import { InviteForm } from "./invite-form";
import { RoleSelect } from "./role-select";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const manage = can(ctx.actor.role, "members.manage");
  const [members, invitations] = await Promise.all([listMembers(ctx), manage ? listOpenInvitations(ctx) : []]);
  const slug = ctx.workspace.slug;
  return (
    <div className="grid gap-6">
      {manage ? (
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Invite a member</h2>
            </CardTitle>
            <CardDescription>Owners and admins manage members; members edit agents and review calls; viewers only look.</CardDescription>
          </CardHeader>
          <CardContent>
            <InviteForm slug={slug} canGrantOwner={ctx.actor.role === "owner"} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Members</h2>
          </CardTitle>
          <CardDescription>{members.length === 1 ? "Just you so far." : `${members.length} people`}</CardDescription>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Joined</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((m) => {
                const isSelf = m.userId === ctx.user.id;
                return (
                  <TableRow key={m.userId}>
                    <TableCell className="font-medium">
                      {m.name ?? "—"} {isSelf ? <span className="text-muted-foreground">(you)</span> : null}
                    </TableCell>
                    <TableCell>{m.email}</TableCell>
                    <TableCell>
                      {manage && !isSelf ? (
                        <RoleSelect slug={slug} userId={m.userId} role={m.role} label={`Role of ${m.email}`} canGrantOwner={ctx.actor.role === "owner"} />
                      ) : (
                        <Badge variant="secondary" className="capitalize">
                          {m.role}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>
                      <DateTime value={m.joinedAt} dateOnly />
                    </TableCell>
                    <TableCell className="text-right">
                      {manage || isSelf ? (
                        <ConfirmActionButton
                          action={removeMemberAction}
                          input={{ workspace: slug, userId: m.userId }}
                          title={isSelf ? "Leave this workspace?" : `Remove ${m.email}?`}
                          description={isSelf ? "You will lose access until someone invites you again." : "They lose access to this workspace at once."}
                          confirmLabel={isSelf ? "Leave" : "Remove"}
                          aria-label={isSelf ? "Leave workspace" : `Remove ${m.email}`}
                        >
                          {isSelf ? "Leave" : "Remove"}
                        </ConfirmActionButton>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {invitations.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h2>Open invitations</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Email</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.email}</TableCell>
                    <TableCell className="capitalize">{i.role}</TableCell>
                    <TableCell>
                      <DateTime value={i.expiresAt} dateOnly />
                    </TableCell>
                    <TableCell className="text-right">
                      <ConfirmActionButton
                        action={revokeInvitationAction}
                        input={{ workspace: slug, id: i.id }}
                        title={`Revoke the invitation for ${i.email}?`}
                        description="The link stops working."
                        confirmLabel="Revoke"
                        aria-label={`Revoke invitation for ${i.email}`}
                      >
                        Revoke
                      </ConfirmActionButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
