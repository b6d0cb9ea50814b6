import { GOAL_STATUSES, type EvaluationInput, type EvaluationResult, type GoalDef, type GoalVerdict, type VariableDef, type VariableValue } from "../types";
import { applyObjectiveChain } from "./chain-objectives";
import { appendToRationale, checkEvidence } from "./check-evidence";
import { normalizeVariable } from "./normalize-variables";

/**
 * The engine-independent last step every raw result goes through: one verdict per goal in input
 * order, quotes checked against the transcript, variables normalised to their types, manual
 * confirmation applied, and objective flows resolved (successors of an unmet step are not reached).
 */

/** A verdict that claims something but lost its quotes is worth less than the engine thought. */
const LOST_EVIDENCE_FACTOR = 0.5;
const UNSUPPORTED_CLAIM_FACTOR = 0.7;

export function finalizeResult(input: EvaluationInput, raw: EvaluationResult): EvaluationResult {
  const transcript = input.transcript ?? [];
  const rawByKey = new Map((raw.goals ?? []).map((verdict) => [verdict.key, verdict]));
  const verdicts = (input.goals ?? []).map((goal) => finalizeVerdict(goal, rawByKey.get(goal.key), input));
  const chained = applyObjectiveChain(input.goals ?? [], verdicts);

  const outcomeEvidence = checkEvidence(raw.outcome?.evidence, transcript);
  const outcomeName = pickOutcomeName(raw.outcome?.name, input);
  const fieldDefs: VariableDef[] = (input.insightFields ?? []).map((field) => ({ name: field.name, type: field.type, options: field.options }));

  return {
    goals: chained,
    outcome: {
      name: outcomeName,
      confidence: clamp(raw.outcome?.confidence ?? 0) * (outcomeName === raw.outcome?.name ? 1 : 0.5),
      rationale: raw.outcome?.rationale ?? "",
      evidence: outcomeEvidence.kept,
    },
    insights: {
      sentiment: raw.insights?.sentiment ?? null,
      summary: raw.insights?.summary ?? null,
      topics: raw.insights?.topics ?? [],
      fields: normalizeAll(fieldDefs, raw.insights?.fields ?? {}, input.callDate),
    },
    usage: raw.usage,
  };
}

function finalizeVerdict(goal: GoalDef, raw: GoalVerdict | undefined, input: EvaluationInput): GoalVerdict {
  if (!raw) {
    return {
      key: goal.key,
      status: "not_achieved",
      confidence: 0,
      rationale: "The engine returned no verdict for this goal.",
      evidence: [],
      variables: normalizeAll(goal.outputVariables ?? [], {}, input.callDate),
      reached: true,
      branch: null,
    };
  }
  let status = GOAL_STATUSES.includes(raw.status) ? raw.status : "not_achieved";
  let confidence = clamp(raw.confidence);
  let rationale = raw.rationale?.trim() || "No rationale given.";
  const { kept, dropped } = checkEvidence(raw.evidence, input.transcript ?? []);
  if (kept.length === 0 && dropped > 0) {
    rationale = appendToRationale(rationale, "none of its quotes could be found in the transcript");
    confidence *= LOST_EVIDENCE_FACTOR;
  } else if (kept.length === 0 && status !== "not_achieved") {
    rationale = appendToRationale(rationale, "no quote from the transcript supports it");
    confidence *= UNSUPPORTED_CLAIM_FACTOR;
  }
  if (goal.confirmationMode === "manual" && status === "achieved") {
    status = "pending_confirmation";
    rationale = appendToRationale(rationale, "awaiting manual confirmation");
  }
  return {
    key: goal.key,
    status,
    confidence: Math.round(confidence * 1000) / 1000,
    rationale,
    evidence: kept,
    variables: normalizeAll(goal.outputVariables ?? [], raw.variables ?? {}, input.callDate),
    reached: raw.reached !== false,
    branch: raw.branch ?? null,
  };
}

/** Declared variables only, each in its type's form; undeclared names an engine invented are dropped. */
function normalizeAll(defs: VariableDef[], values: Record<string, unknown>, callDate?: string): Record<string, VariableValue> {
  return Object.fromEntries(defs.map((def) => [def.name, normalizeVariable(def, values[def.name], { callDate })]));
}

function pickOutcomeName(name: string | undefined, input: EvaluationInput): string {
  const outcomes = input.outcomes ?? [];
  const exact = outcomes.find((outcome) => outcome.name === name);
  if (exact) return exact.name;
  const loose = outcomes.find((outcome) => outcome.name.toLowerCase().trim() === (name ?? "").toLowerCase().trim());
  return loose?.name ?? name ?? "";
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
