import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { conversations } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { getEvaluator } from "./evaluator";
import { loadForEvaluation } from "./load-definitions";
import { markEvaluating, persistEvaluation, type EvaluationTrigger } from "./persist-evaluation";
import { runEvaluation } from "./run-evaluation";

/** Judges a stored conversation again against the current definitions; the old result stays in history. */
export async function evaluateNow(db: Db, conversationId: string, trigger: EvaluationTrigger): Promise<string> {
  const loaded = await loadForEvaluation(db, conversationId, "current");
  await markEvaluating(db, conversationId, loaded.workspace.id);
  const result = await runEvaluation(getEvaluator(), loaded.input);
  return persistEvaluation(db, loaded, result, trigger);
}

export async function reevaluateConversation(ctx: Ctx, conversationId: string): Promise<{ evaluationId: string }> {
  assertCan(ctx, "conversations.review");
  const [row] = await ctx.db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Conversation");
  return { evaluationId: await evaluateNow(ctx.db, conversationId, "reevaluate") };
}
