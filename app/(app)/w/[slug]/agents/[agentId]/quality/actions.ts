"use server";

import { text } from "@/components/agents/form-input";
import { workspaceAction } from "@/lib/auth/action";
import { cancelBackfill, getBackfill, previewBackfill, startBackfill } from "@/lib/evaluation/backfill";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

/** This agent's calls in the date range (empty dates are no bound). */
const filter = (input: Record<string, unknown>) => ({ agentId: text(input.agentId), from: text(input.from) || undefined, to: text(input.to) || undefined });

export const previewBackfillAction = workspaceAction("conversations.review", async (ctx, input) => {
  const { conversations, engine, estimatedCostUsd } = await previewBackfill(ctx, filter(input));
  return { data: { conversations, engine, estimatedCostUsd } };
});

export const startBackfillAction = workspaceAction("conversations.review", async (ctx, input) => {
  const backfill = await startBackfill(ctx, filter(input));
  dispatchSoon();
  return { message: `Backfill started: ${backfill.total} ${backfill.total === 1 ? "call" : "calls"}`, data: backfill };
});

/** Polled by the progress bar while a backfill runs. */
export const getBackfillAction = workspaceAction("workspace.read", async (ctx, input) => ({ data: await getBackfill(ctx, text(input.id)) }));

export const cancelBackfillAction = workspaceAction("conversations.review", async (ctx, input) => {
  const backfill = await cancelBackfill(ctx, text(input.id));
  return { message: backfill.status === "cancelled" ? "Backfill cancelled" : `The backfill had already ${backfill.status}`, data: backfill };
});
