"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { connectCallProvider, disconnectCallProvider } from "@/lib/call-providers/connections";

export const connectCallProviderAction = workspaceAction("integrations.manage", async (ctx, input) => {
  const { provider } = await connectCallProvider(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}/integrations`);
  return { message: `${provider} connected` };
});

export const disconnectCallProviderAction = workspaceAction("integrations.manage", async (ctx, input) => {
  await disconnectCallProvider(ctx, String(input.provider ?? ""));
  revalidatePath(`/w/${ctx.workspace.slug}/integrations`);
  return { message: "Disconnected" };
});
