/**
 * The evaluator's contract: one input (a transcript and the definitions in force when the call
 * ended) and one result, whatever the engine. Both engines, the CLI, the test bench and the
 * background function speak only these types.
 */

export type Speaker = "agent" | "customer" | "system";

export interface Turn {
  speaker: Speaker;
  text: string;
  startMs?: number | null;
  endMs?: number | null;
}

export const VARIABLE_TYPES = ["string", "number", "boolean", "date", "time", "email", "phone", "enum"] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableDef {
  name: string;
  type: VariableType;
  description?: string;
  /** Allowed values when type is "enum". */
  options?: string[];
}

/** A goal or objective as the evaluator sees it (a snapshot of one goal revision). */
export interface GoalDef {
  key: string;
  title: string;
  description: string;
  kind?: "primary" | "secondary";
  confirmationMode?: "auto" | "manual";
  outputVariables?: VariableDef[];
  /** Keys of objectives that follow this one whatever happens. */
  nextRequired?: string[];
  /** Objective key → the condition, in words, under which the call branches to it. */
  nextConditional?: Record<string, string>;
}

export interface OutcomeDef {
  name: string;
  description: string;
}

export interface InsightFieldDef {
  name: string;
  type: VariableType;
  description: string;
  required?: boolean;
  options?: string[];
}

export interface BuiltinInsights {
  summary: boolean;
  sentiment: boolean;
  topics: boolean;
}

export interface EvaluationInput {
  transcript: Turn[];
  /** ISO date or date-time the call took place; relative dates ("tomorrow") resolve against it. */
  callDate?: string;
  /** completed, voicemail, no-answer, busy, failed, transferred, … */
  endReason?: string | null;
  agentPurpose?: string;
  goals: GoalDef[];
  outcomes: OutcomeDef[];
  insightFields?: InsightFieldDef[];
  builtinInsights?: BuiltinInsights;
}

export const GOAL_STATUSES = ["achieved", "partially_achieved", "not_achieved", "pending_confirmation"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A quote tied to a 0-based index into the input transcript. */
export interface Evidence {
  turn: number;
  quote: string;
}

export type VariableValue = string | number | boolean | null;

export interface GoalVerdict {
  key: string;
  status: GoalStatus;
  /** 0–1 */
  confidence: number;
  /** One sentence. */
  rationale: string;
  evidence: Evidence[];
  /** Output variables, typed and normalised (dates YYYY-MM-DD, times HH:MM, numbers, E.164 phones). */
  variables: Record<string, VariableValue>;
  /** False when a prerequisite objective was not met (then status is not_achieved). */
  reached: boolean;
  /** For an objective with conditional next steps: the key of the branch the call took, if any. */
  branch?: string | null;
}

export type SentimentLabel = "positive" | "neutral" | "negative";

export interface EvaluationResult {
  goals: GoalVerdict[];
  outcome: { name: string; confidence: number; rationale: string; evidence: Evidence[] };
  insights: {
    sentiment: { label: SentimentLabel; score: number } | null;
    summary: string | null;
    topics: string[];
    fields: Record<string, VariableValue>;
  };
  usage: {
    engine: EngineName;
    model: string | null;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
    durationMs: number;
  };
}

export type EngineName = "local" | "llm";

/** An engine judges one conversation. It never throws for a bad transcript; it says so in rationales. */
export interface Evaluator {
  readonly engine: EngineName;
  /** The model an LLM engine calls (for cost estimates); absent for the local engine. */
  readonly modelId?: string;
  evaluate(input: EvaluationInput): Promise<EvaluationResult>;
}

/** The six outcomes every workspace has. */
export const STANDARD_OUTCOMES: OutcomeDef[] = [
  { name: "Qualified Lead", description: "The contact showed clear interest and meets the qualification criteria (need, budget or authority confirmed) for a sales follow-up." },
  { name: "Appointment Scheduled", description: "A meeting, appointment, booking or demo was confirmed for a specific date and time." },
  { name: "Not Interested", description: "The contact declined the offer or asked not to be contacted, and no booking or next step was agreed." },
  { name: "Follow-up Needed", description: "The call ended without a decision but with a reason to call back: a question left open, a callback requested, or the request could not be completed." },
  { name: "Gatekeeper", description: "The agent reached someone other than the decision maker (receptionist, assistant, family member) and could not get through." },
  { name: "Voicemail", description: "The call reached voicemail or an answering machine; no live conversation took place." },
];
