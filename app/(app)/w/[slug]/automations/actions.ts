"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { workspaceAction } from "@/lib/auth/action";
import { createAutomation, deleteAutomation, rotateWebhookSecret, updateAutomation, type AutomationView } from "@/lib/automations/automations";
import { replayDelivery } from "@/lib/automations/deliveries";
import { previewAutomation } from "@/lib/automations/preview";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";
import { text } from "@/components/agents/form-input";

const refresh = (slug: string) => revalidatePath(`/w/${slug}/automations`, "layout");

/** A new webhook action's signing secret, shown once beside its URL. */
export type ShownSecret = { actionId: string; url: string; secret: string };
export type SavedRule = { rule: AutomationView; secrets: ShownSecret[] };

function shown(rule: AutomationView & { secrets: Record<string, string> }): SavedRule {
  const { secrets, ...view } = rule;
  const list = Object.entries(secrets).map(([actionId, secret]) => {
    const action = view.actions.find((a) => a.id === actionId);
    return { actionId, url: action?.type === "webhook" ? action.url : "", secret };
  });
  return { rule: view, secrets: list };
}

export const createAutomationAction = workspaceAction<SavedRule>("automations.manage", async (ctx, input) => {
  const rule = await createAutomation(ctx, input.rule);
  refresh(ctx.workspace.slug);
  return { message: `"${rule.name}" created`, data: shown(rule) };
});

export const updateAutomationAction = workspaceAction<SavedRule>("automations.manage", async (ctx, input) => {
  const rule = await updateAutomation(ctx, text(input.id), input.rule);
  refresh(ctx.workspace.slug);
  return { message: `"${rule.name}" saved`, data: shown(rule) };
});

export const setAutomationEnabledAction = workspaceAction("automations.manage", async (ctx, input) => {
  const rule = await updateAutomation(ctx, text(input.id), { enabled: input.enabled === true });
  refresh(ctx.workspace.slug);
  return { message: `"${rule.name}" ${rule.enabled ? "turned on" : "turned off"}` };
});

export const deleteAutomationAction = workspaceAction("automations.manage", async (ctx, input) => {
  await deleteAutomation(ctx, text(input.id));
  refresh(ctx.workspace.slug);
  // From the rule's own page there is nothing left to show.
  if (input.redirect === true) redirect(`/w/${ctx.workspace.slug}/automations`);
  return { message: "Rule deleted" };
});

export const rotateWebhookSecretAction = workspaceAction<{ actionId: string; secret: string }>("automations.manage", async (ctx, input) => {
  const rotated = await rotateWebhookSecret(ctx, text(input.id), text(input.actionId));
  return { message: "New signing secret made; the old one no longer verifies", data: rotated };
});

export const previewAutomationAction = workspaceAction<{ matched: number; of: number; examples: string[] }>("workspace.read", async (ctx, input) => {
  return { data: await previewAutomation(ctx, { agentId: input.agentId || null, trigger: input.trigger }) };
});

export const replayDeliveryAction = workspaceAction("automations.manage", async (ctx, input) => {
  await replayDelivery(ctx, text(input.id));
  dispatchSoon();
  refresh(ctx.workspace.slug);
  return { message: "Queued to run again" };
});
