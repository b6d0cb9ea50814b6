import { getEvaluator } from "@/lib/evaluation/evaluator";
import { loadForEvaluation } from "@/lib/evaluation/load-definitions";
import { markEvaluating, markEvaluationFailed, persistEvaluation } from "@/lib/evaluation/persist-evaluation";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import type { FunctionSpec } from "@/lib/jobs/types";

/** conversation/ended → load the definitions in force when the call ended, judge, store, emit conversation/evaluated. */
export const evaluateConversation: FunctionSpec<"conversation/ended"> = {
  id: "evaluate-conversation",
  event: "conversation/ended",
  retries: 3,
  async handler({ event, step, db }) {
    const loaded = await step.run("load-definitions", async () => {
      const definitions = await loadForEvaluation(db, event.data.conversationId, "at-call-end");
      await markEvaluating(db, event.data.conversationId, definitions.workspace.id);
      return definitions;
    });
    const result = await step.run("evaluate", () => runEvaluation(getEvaluator(), loaded.input));
    const evaluationId = await step.run("persist", () => persistEvaluation(db, loaded, result, "ingest"));
    return { evaluationId };
  },
  async onFailure({ event, error, db }) {
    await markEvaluationFailed(db, event.data.conversationId, error.message);
  },
};
