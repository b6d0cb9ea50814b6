import type { EvaluationInput, EvaluationResult, Evaluator, GoalVerdict, VariableDef } from "../types";
import { analyseCall } from "./analyse-call";
import { detectSituation } from "./detect-situation";
import { detectTransaction } from "./detect-transaction";
import { judgeGoal } from "./judge-goal";
import { classifyOutcome } from "./outcome";
import { scoreSentiment } from "./sentiment";
import { summarize } from "./summary";
import { extractTopics } from "./topics";
import { extractVariables } from "./variables";

/**
 * The local engine: deterministic language rules, no network. Goals are judged from what their
 * descriptions ask for, the outcome from what the outcome descriptions cover. Its raw result still
 * goes through finalizeResult (via runEvaluation) like any engine's.
 */
export function createLocalEvaluator(): Evaluator {
  return {
    engine: "local",
    evaluate: async (input) => evaluateLocally(input),
  };
}

export function evaluateLocally(input: EvaluationInput): EvaluationResult {
  const started = performance.now();
  const call = analyseCall(input.transcript ?? [], input.callDate);
  const facts = detectTransaction(call);
  const situation = detectSituation(call, facts);

  const goals = (input.goals ?? []).map((goal): GoalVerdict => {
    const judgement = judgeGoal(goal, call, facts);
    return { key: goal.key, ...judgement, variables: extractVariables(goal.outputVariables, call, facts), reached: true, branch: null };
  });

  const builtin = input.builtinInsights ?? { summary: true, sentiment: true, topics: true };
  const fieldDefs: VariableDef[] = (input.insightFields ?? []).map((field) => ({
    name: field.name,
    type: field.type,
    description: field.description,
    options: field.options,
  }));

  return {
    goals,
    outcome: classifyOutcome(situation, input.outcomes ?? []),
    insights: {
      sentiment: builtin.sentiment ? scoreSentiment(call) : null,
      summary: builtin.summary ? summarize(call, situation) : null,
      topics: builtin.topics ? extractTopics(call) : [],
      fields: extractVariables(fieldDefs, call, facts),
    },
    usage: {
      engine: "local",
      model: null,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    },
  };
}
