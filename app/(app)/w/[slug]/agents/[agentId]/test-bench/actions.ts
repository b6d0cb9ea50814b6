"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/components/agents/form-input";
import { workspaceAction } from "@/lib/auth/action";
import { getConversation } from "@/lib/conversations/get-conversation";
import { deleteTestCase, runTestBench, runTestSet, saveTestCase } from "@/lib/evaluation/test-bench";
import { turnsToText } from "@/components/evaluation/bench-format";

const callDate = (value: unknown) => text(value) || undefined;

/** Judges a pasted transcript with the agent's current goals; nothing is stored. */
export const runBenchAction = workspaceAction("workspace.read", async (ctx, input) => {
  const data = await runTestBench(ctx, text(input.agentId), { transcript: text(input.transcript), callDate: callDate(input.callDate) });
  return { data };
});

/** A stored call's transcript as "Speaker: text" lines, to paste into the bench. */
export const loadConversationAction = workspaceAction("workspace.read", async (ctx, input) => {
  const conversation = await getConversation(ctx, text(input.conversationId));
  return { data: { transcript: turnsToText(conversation.transcript), callDate: new Date(conversation.endedAt).toISOString() } };
});

export const saveTestCaseAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  const expected = typeof input.expected === "object" && input.expected !== null ? input.expected : {};
  const row = await saveTestCase(ctx, agentId, { name: text(input.name), transcript: text(input.transcript), callDate: callDate(input.callDate), expected });
  revalidatePath(`/w/${ctx.workspace.slug}/agents/${agentId}/test-bench`);
  return { message: `Test case "${row.name}" saved`, data: { id: row.id } };
});

export const deleteTestCaseAction = workspaceAction("definitions.write", async (ctx, input) => {
  const agentId = text(input.agentId);
  await deleteTestCase(ctx, agentId, text(input.id));
  revalidatePath(`/w/${ctx.workspace.slug}/agents/${agentId}/test-bench`);
  return { message: "Test case deleted" };
});

/** Runs every saved case against the goals as worded now. */
export const runTestSetAction = workspaceAction("workspace.read", async (ctx, input) => {
  return { data: await runTestSet(ctx, text(input.agentId)) };
});
