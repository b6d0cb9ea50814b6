/**
 * From the model's answer for one call (or one chunk) to the EvaluationResult shape, without usage.
 * Only trivial repairs happen here: every goal present in input order, numbers clamped, values
 * coerced to their declared JS type, an outcome off the list mapped to the closest listed one.
 * Dates, phones, evidence checks and manual confirmation belong to the shared finalize step.
 */
import type { EvaluationInput, EvaluationResult, Evidence, GoalVerdict, OutcomeDef, VariableDef, VariableValue } from "../types";
import { builtinsOf, type RawEvaluation, type RawEvidence } from "./schema";

export type PartialResult = Omit<EvaluationResult, "usage">;

/** Confidence of an outcome the model named off the list: it did not really choose ours. */
const OFF_LIST_CONFIDENCE_FACTOR = 0.5;

export function clamp(value: number, min: number, max: number, fallback = min): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** 0–1; a model that answers in percent (85) is read as 0.85. */
export function toConfidence(value: number): number {
  return clamp(value > 1 && value <= 100 ? value / 100 : value, 0, 1);
}

function toEvidence(list: RawEvidence[] | undefined): Evidence[] {
  return (list ?? [])
    .map((e) => ({ turn: Math.round(Number(e.turn)), quote: String(e.quote ?? "").trim() }))
    .filter((e) => Number.isFinite(e.turn) && e.quote.length > 0);
}

export function coerceValue(def: Pick<VariableDef, "type" | "options">, value: unknown): VariableValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  switch (def.type) {
    case "number": {
      const n = typeof value === "number" ? value : Number(String(value).replace(/[,\s]/g, ""));
      return Number.isFinite(n) ? n : null;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      const s = String(value).trim().toLowerCase();
      return ["true", "yes"].includes(s) ? true : ["false", "no"].includes(s) ? false : null;
    }
    case "enum": {
      const s = String(value).trim();
      return def.options?.find((o) => o.toLowerCase() === s.toLowerCase()) ?? s;
    }
    default:
      return typeof value === "object" ? JSON.stringify(value) : String(value).trim();
  }
}

function coerceAll(defs: Pick<VariableDef, "name" | "type" | "options">[], values: Record<string, unknown> | undefined) {
  return Object.fromEntries(defs.map((d) => [d.name, coerceValue(d, values?.[d.name])]));
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The listed outcome closest to `name`: same words, then containment, then shared words, else the first. */
export function matchOutcome(name: string, outcomes: OutcomeDef[]): { name: string; listed: boolean } {
  if (outcomes.length === 0) return { name: name.trim(), listed: true };
  const wanted = normalise(name);
  const same = outcomes.find((o) => normalise(o.name) === wanted);
  if (same) return { name: same.name, listed: true };
  const contains = outcomes.find((o) => wanted && (normalise(o.name).includes(wanted) || wanted.includes(normalise(o.name))));
  if (contains) return { name: contains.name, listed: false };
  const words = new Set(wanted.split(" "));
  let best = outcomes[0];
  let bestShared = 0;
  for (const o of outcomes) {
    const shared = normalise(o.name).split(" ").filter((w) => words.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [o, shared];
  }
  return { name: best.name, listed: false };
}

export function toPartialResult(raw: RawEvaluation, input: EvaluationInput): PartialResult {
  const goals: GoalVerdict[] = input.goals.map((goal) => {
    const g = raw.goals[goal.key];
    const branches = Object.keys(goal.nextConditional ?? {});
    const verdict: GoalVerdict = {
      key: goal.key,
      status: g?.status ?? "not_achieved",
      confidence: g ? toConfidence(g.confidence) : 0,
      rationale: g?.rationale?.trim() || "The model returned no verdict for this goal.",
      evidence: toEvidence(g?.evidence),
      variables: coerceAll(goal.outputVariables ?? [], g?.variables),
      reached: true,
    };
    if (branches.length > 0) verdict.branch = branches.find((b) => b === g?.branch?.trim()) ?? null;
    return verdict;
  });

  const matched = matchOutcome(raw.outcome.name, input.outcomes);
  const outcomeConfidence = toConfidence(raw.outcome.confidence);
  const builtins = builtinsOf(input);
  const sentiment = builtins.sentiment && raw.insights.sentiment ? raw.insights.sentiment : null;
  const topics = [...new Map((raw.insights.topics ?? []).map((t) => t.trim()).filter(Boolean).map((t) => [t.toLowerCase(), t])).values()];

  return {
    goals,
    outcome: {
      name: matched.name,
      confidence: matched.listed ? outcomeConfidence : outcomeConfidence * OFF_LIST_CONFIDENCE_FACTOR,
      rationale: raw.outcome.rationale.trim(),
      evidence: toEvidence(raw.outcome.evidence),
    },
    insights: {
      sentiment: sentiment ? { label: sentiment.label, score: clamp(sentiment.score, -1, 1, 0) } : null,
      summary: builtins.summary ? raw.insights.summary?.trim() || null : null,
      topics: builtins.topics ? topics : [],
      fields: coerceAll(input.insightFields ?? [], raw.insights.fields),
    },
  };
}
