"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { deleteConversation } from "@/lib/conversations/get-conversation";

export const deleteConversationAction = workspaceAction("conversations.write", async (ctx, input) => {
  await deleteConversation(ctx, String(input.id ?? ""));
  revalidatePath(`/w/${ctx.workspace.slug}/conversations`);
  return { message: "Conversation deleted" };
});
