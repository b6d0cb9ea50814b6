"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { getEnv } from "@/lib/env";
import { changeMemberRole } from "@/lib/members/change-role";
import { createInvitation, revokeInvitation } from "@/lib/members/invitations";
import { removeMember } from "@/lib/members/remove-member";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { setWorkspaceTimeZone } from "@/lib/analytics/set-time-zone";

const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const renameWorkspaceAction = workspaceAction("workspace.update", async (ctx, input) => {
  await renameWorkspace(ctx, input);
  refresh(ctx.workspace.slug);
  return { message: "Workspace renamed" };
});

export const setTimeZoneAction = workspaceAction("workspace.update", async (ctx, input) => {
  const { timeZone } = await setWorkspaceTimeZone(ctx, input);
  refresh(ctx.workspace.slug);
  return { message: `Time zone set to ${timeZone.replace(/_/g, " ")}` };
});

export const inviteMemberAction = workspaceAction("members.manage", async (ctx, input) => {
  const invitation = await createInvitation(ctx, input, getEnv().APP_URL);
  refresh(ctx.workspace.slug);
  return { message: `Invitation created for ${invitation.email}`, data: invitation };
});

export const revokeInvitationAction = workspaceAction("members.manage", async (ctx, input) => {
  await revokeInvitation(ctx, String(input.id));
  refresh(ctx.workspace.slug);
  return { message: "Invitation revoked" };
});

export const changeRoleAction = workspaceAction("members.manage", async (ctx, input) => {
  await changeMemberRole(ctx, input);
  refresh(ctx.workspace.slug);
  return { message: "Role changed" };
});

// "workspace.read": anyone may leave; removeMember checks members.manage for removing others.
export const removeMemberAction = workspaceAction("workspace.read", async (ctx, input) => {
  await removeMember(ctx, String(input.userId));
  refresh(ctx.workspace.slug);
  return { message: "Member removed" };
});

export const createApiKeyAction = workspaceAction("apiKeys.manage", async (ctx, input) => {
  const created = await createApiKey(ctx, input);
  refresh(ctx.workspace.slug);
  return { message: "API key created", data: { key: created.key, name: created.name } };
});

export const revokeApiKeyAction = workspaceAction("apiKeys.manage", async (ctx, input) => {
  await revokeApiKey(ctx, String(input.id));
  refresh(ctx.workspace.slug);
  return { message: "API key revoked" };
});
