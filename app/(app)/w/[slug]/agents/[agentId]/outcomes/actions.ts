"use server";

import { revalidatePath } from "next/cache";
import { updateAgent } from "@/lib/agents/update-agent";
import { workspaceAction } from "@/lib/auth/action";
import { list, text } from "@/components/agents/form-input";

export const setAgentOutcomesAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const outcomeIds = list(input.outcomeIds);
  await updateAgent(ctx, agentId, { outcomeIds });
  revalidatePath(`/w/${ctx.workspace.slug}/agents/${agentId}`, "layout");
  return { message: outcomeIds.length === 0 ? "This agent now uses every outcome" : `This agent now uses ${outcomeIds.length} outcome${outcomeIds.length === 1 ? "" : "s"}` };
});
