"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { userAction } from "@/lib/auth/action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const createWorkspaceAction = userAction(async (user, input) => {
  const workspace = await createWorkspace(await getDb(), user.id, input);
  redirect(`/w/${workspace.slug}`);
});
