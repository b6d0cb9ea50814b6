import { finalizeResult } from "./finalize";
import type { EvaluationInput, EvaluationResult, Evaluator, OutcomeDef } from "./types";

/**
 * The one entry point the app calls. Calls that never reached a person (voicemail, no answer,
 * busy) are classified from their end reason without asking the engine; everything else is judged
 * by the engine and then finalized (evidence, variables, confirmation, objective flows).
 */

const NO_CONVERSATION_REASONS = new Set(["voicemail", "no-answer", "busy"]);

export async function runEvaluation(evaluator: Evaluator, input: EvaluationInput): Promise<EvaluationResult> {
  const endReason = input.endReason?.trim().toLowerCase().replace(/[_\s]+/g, "-") ?? "";
  if (NO_CONVERSATION_REASONS.has(endReason)) return finalizeResult(input, noConversationResult(evaluator, input, endReason));
  const raw = await evaluator.evaluate(input);
  return finalizeResult(input, raw);
}

function noConversationResult(evaluator: Evaluator, input: EvaluationInput, endReason: string): EvaluationResult {
  const spoken = endReason === "voicemail" ? "the call went to voicemail" : endReason === "busy" ? "the line was busy" : "nobody answered";
  const outcome = outcomeForNoConversation(input.outcomes ?? [], endReason);
  return {
    goals: (input.goals ?? []).map((goal) => ({
      key: goal.key,
      status: "not_achieved",
      confidence: 1,
      rationale: `Not judged: ${spoken} (end reason "${endReason}"), so no conversation took place.`,
      evidence: [],
      variables: {},
      reached: false,
      branch: null,
    })),
    outcome: outcome
      ? { name: outcome.name, confidence: outcome.confidence, rationale: `${outcome.why} (end reason "${endReason}").`, evidence: [] }
      : { name: "", confidence: 0, rationale: `No outcome was defined; ${spoken}.`, evidence: [] },
    insights: { sentiment: null, summary: `No conversation: ${spoken}.`, topics: [], fields: {} },
    usage: { engine: evaluator.engine, model: null, inputTokens: 0, outputTokens: 0, costUsd: 0, durationMs: 0 },
  };
}

const VOICEMAIL_OUTCOME = /\b(?:voice ?mail|answering machine|no live conversation)\b/i;
const FOLLOW_UP_OUTCOME = /\b(?:follow[- ]?up|call ?back|call again|try again|no answer|unreachable|not reached)\b/i;

/**
 * The rule for calls without a conversation: voicemail → the outcome whose name or description
 * speaks of voicemail. No answer or busy → that same voicemail-like outcome if there is one (the
 * person was not reached either way), else a follow-up / call-back one, else none is forced: the
 * first outcome is used with a low confidence so the call still gets a label.
 */
export function outcomeForNoConversation(
  outcomes: OutcomeDef[],
  endReason: string,
): { name: string; confidence: number; why: string } | null {
  const text = (outcome: OutcomeDef) => `${outcome.name} ${outcome.description}`;
  const voicemail = outcomes.find((outcome) => VOICEMAIL_OUTCOME.test(text(outcome)));
  const followUp = outcomes.find((outcome) => FOLLOW_UP_OUTCOME.test(text(outcome)));
  if (voicemail) return { name: voicemail.name, confidence: endReason === "voicemail" ? 1 : 0.8, why: "The call reached no one" };
  if (followUp) return { name: followUp.name, confidence: 0.7, why: "Nobody was reached, so the contact needs another call" };
  if (outcomes.length > 0) return { name: outcomes[0].name, confidence: 0.1, why: "No outcome describes an unanswered call; the first one was used" };
  return null;
}
