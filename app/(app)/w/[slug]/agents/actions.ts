"use server";

import { revalidatePath } from "next/cache";
import { setAgentArchived } from "@/lib/agents/archive-agent";
import { createAgent } from "@/lib/agents/create-agent";
import { deleteAgent } from "@/lib/agents/delete-agent";
import { updateAgent } from "@/lib/agents/update-agent";
import { workspaceAction } from "@/lib/auth/action";
import { list, text } from "@/components/agents/form-input";

const refresh = (slug: string) => revalidatePath(`/w/${slug}/agents`, "layout");

export const createAgentAction = workspaceAction<{ id: string }>("definitions.write", async (ctx, input) => {
  const agent = await createAgent(ctx, { name: input.name, purpose: text(input.purpose), template: text(input.template) || undefined });
  refresh(ctx.workspace.slug);
  return { message: `Agent "${agent.name}" created`, data: { id: agent.id } };
});

export const updateAgentAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agent = await updateAgent(ctx, text(input.agentId), {
    name: input.name,
    purpose: text(input.purpose),
    prompt: text(input.prompt).trim() === "" ? null : text(input.prompt),
    phoneNumbers: list(input.phoneNumbers),
  });
  refresh(ctx.workspace.slug);
  return { message: `"${agent.name}" saved` };
});

export const archiveAgentAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agent = await setAgentArchived(ctx, text(input.agentId), true);
  refresh(ctx.workspace.slug);
  return { message: `"${agent.name}" archived` };
});

export const restoreAgentAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agent = await setAgentArchived(ctx, text(input.agentId), false);
  refresh(ctx.workspace.slug);
  return { message: `"${agent.name}" restored` };
});

export const deleteAgentAction = workspaceAction("definitions.write", async (ctx, input) => {
  await deleteAgent(ctx, text(input.agentId));
  refresh(ctx.workspace.slug);
  return { message: "Agent deleted" };
});
