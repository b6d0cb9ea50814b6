"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { createOutcome, deleteOutcome, setOutcomeArchived, updateOutcome } from "@/lib/outcomes/outcomes";
import { checked, text } from "@/components/agents/form-input";

// Agents' Outcomes tabs list these too.
const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const createOutcomeAction = workspaceAction("definitions.write", async (ctx, input) => {
  const outcome = await createOutcome(ctx, { name: input.name, description: input.description, color: text(input.color) || undefined, isConversion: checked(input.isConversion) });
  refresh(ctx.workspace.slug);
  return { message: `Outcome "${outcome.name}" created` };
});

/** Standard outcomes post no name or conversion flag: only their wording changes. */
export const updateOutcomeAction = workspaceAction("definitions.write", async (ctx, input) => {
  const standard = input.standard === "true";
  const patch = standard
    ? { description: input.description }
    : { name: input.name, description: input.description, color: text(input.color) || undefined, isConversion: checked(input.isConversion) };
  const outcome = await updateOutcome(ctx, text(input.outcomeId), patch);
  refresh(ctx.workspace.slug);
  return { message: `"${outcome.name}" saved` };
});

export const setOutcomeHiddenAction = workspaceAction("definitions.write", async (ctx, input) => {
  const outcome = await updateOutcome(ctx, text(input.outcomeId), { hidden: checked(input.hidden) });
  refresh(ctx.workspace.slug);
  return { message: outcome.hidden ? `"${outcome.name}" hidden` : `"${outcome.name}" shown again` };
});

export const archiveOutcomeAction = workspaceAction("definitions.write", async (ctx, input) => {
  const outcome = await setOutcomeArchived(ctx, text(input.outcomeId), true);
  refresh(ctx.workspace.slug);
  return { message: `"${outcome.name}" archived` };
});

export const restoreOutcomeAction = workspaceAction("definitions.write", async (ctx, input) => {
  const outcome = await setOutcomeArchived(ctx, text(input.outcomeId), false);
  refresh(ctx.workspace.slug);
  return { message: `"${outcome.name}" restored` };
});

export const deleteOutcomeAction = workspaceAction("definitions.write", async (ctx, input) => {
  await deleteOutcome(ctx, text(input.outcomeId));
  refresh(ctx.workspace.slug);
  return { message: "Outcome deleted" };
});
