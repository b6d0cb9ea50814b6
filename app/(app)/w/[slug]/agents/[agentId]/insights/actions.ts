"use server";

import { revalidatePath } from "next/cache";
import { updateAgent } from "@/lib/agents/update-agent";
import { workspaceAction } from "@/lib/auth/action";
import { createInsightField, deleteInsightField, updateInsightField } from "@/lib/insight-fields/insight-fields";
import { checked, commaList, text } from "@/components/agents/form-input";

const refresh = (slug: string, agentId: string) => revalidatePath(`/w/${slug}/agents/${agentId}/insights`);

const BUILT_IN = { summary: "Summary", sentiment: "Sentiment", topics: "Topics" } as const;

export const setBuiltInInsightAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const insight = text(input.insight);
  if (!(insight in BUILT_IN)) return { message: "Unknown insight" };
  const enabled = checked(input.enabled);
  await updateAgent(ctx, agentId, { insights: { [insight]: enabled } });
  refresh(ctx.workspace.slug, agentId);
  return { message: `${BUILT_IN[insight as keyof typeof BUILT_IN]} ${enabled ? "on" : "off"}` };
});

/** The form's fields as the domain takes them; options only matter for enums. */
function fieldInput(input: Record<string, unknown>) {
  const type = text(input.type);
  return { name: input.name, type, description: text(input.description), required: checked(input.required), options: type === "enum" ? commaList(input.options) : undefined };
}

export const createInsightFieldAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const field = await createInsightField(ctx, agentId, fieldInput(input));
  refresh(ctx.workspace.slug, agentId);
  return { message: `Field "${field.name}" added` };
});

export const updateInsightFieldAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const field = await updateInsightField(ctx, agentId, text(input.fieldId), fieldInput(input));
  refresh(ctx.workspace.slug, agentId);
  return { message: `Field "${field.name}" saved` };
});

export const deleteInsightFieldAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  await deleteInsightField(ctx, agentId, text(input.fieldId));
  refresh(ctx.workspace.slug, agentId);
  return { message: "Field deleted" };
});
