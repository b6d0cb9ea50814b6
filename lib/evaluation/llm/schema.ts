/**
 * The structured output the model fills in: one object for the whole conversation, built from the
 * input's definitions. Two flavours of the same shape: the *wire* schema is sent to the model
 * (strict types, outcome names as an enum) and the *lenient* one validates the answer, so that a
 * near miss (an outcome name off the list, "42" for a number) is repaired afterwards instead of
 * failing the whole call.
 *
 * Written for OpenAI strict mode: every property required, absent values as null, no records.
 * Within an item, evidence and rationale come before the verdict so the model reasons first.
 */
import { jsonSchema, zodSchema, type JSONSchema7, type Schema } from "ai";
import { z } from "zod";
import type { BuiltinInsights, EvaluationInput, SentimentLabel, VariableType } from "../types";

export type ModelGoalStatus = "achieved" | "partially_achieved" | "not_achieved";
export interface RawEvidence { turn: number; quote: string }
export interface RawGoal {
  evidence: RawEvidence[];
  rationale: string;
  status: ModelGoalStatus;
  confidence: number;
  variables?: Record<string, unknown>;
  branch?: string | null;
}
export interface RawEvaluation {
  goals: Record<string, RawGoal>;
  outcome: { evidence: RawEvidence[]; rationale: string; name: string; confidence: number };
  insights: {
    sentiment?: { label: SentimentLabel; score: number };
    summary?: string;
    topics?: string[];
    fields?: Record<string, unknown>;
  };
}

/** Built-in insights default to on when the input does not say. */
export function builtinsOf(input: EvaluationInput): BuiltinInsights {
  return input.builtinInsights ?? { summary: true, sentiment: true, topics: true };
}

const FORMAT_HINTS: Record<VariableType, string> = {
  string: "text",
  number: "a number, digits only",
  boolean: "true or false",
  date: "a date as YYYY-MM-DD, relative dates resolved against the call date",
  time: "a time as HH:MM, 24-hour",
  email: "an email address",
  phone: "a phone number, in E.164 form (+15551234567) when the country is clear",
  enum: "one of the allowed values",
};

function valueSchema(type: VariableType, options: string[] | undefined, description: string, lenient: boolean) {
  const text = `${description} (${FORMAT_HINTS[type]}). null when the call does not state it.`;
  if (lenient) return z.unknown().describe(text);
  if (type === "number") return z.number().nullable().describe(text);
  if (type === "boolean") return z.boolean().nullable().describe(text);
  if (type === "enum" && options && options.length > 0) {
    return z.enum(options as [string, ...string[]]).nullable().describe(text);
  }
  return z.string().nullable().describe(text);
}

function evidenceSchema(what: string) {
  return z
    .array(
      z.object({
        turn: z.number().describe("The turn number shown in square brackets in the transcript"),
        quote: z.string().describe("Words copied exactly from that turn"),
      }),
    )
    .describe(`Quotes from the transcript that support ${what}; empty when there are none`);
}

const confidence = z.number().describe("How sure you are, from 0 (guess) to 1 (certain)");

function buildZod(input: EvaluationInput, lenient: boolean) {
  const goals = Object.fromEntries(
    input.goals.map((goal) => {
      const shape: Record<string, z.ZodType> = {
        evidence: evidenceSchema("the verdict"),
        rationale: z.string().describe("One sentence explaining the verdict"),
        status: z
          .enum(["achieved", "partially_achieved", "not_achieved"])
          .describe("achieved: fully done in this call; partially_achieved: some but not all of it; not_achieved: not done or no evidence"),
        confidence,
      };
      if (goal.outputVariables?.length) {
        shape.variables = z
          .object(Object.fromEntries(goal.outputVariables.map((v) => [v.name, valueSchema(v.type, v.options, v.description ?? v.name, lenient)])))
          .describe("Values collected for this goal");
      }
      const branches = Object.keys(goal.nextConditional ?? {});
      if (branches.length > 0) {
        const branch = lenient ? z.string() : z.enum(branches as [string, ...string[]]);
        shape.branch = branch.nullable().describe("The key of the branch whose condition the call met, or null");
      }
      return [goal.key, z.object(shape).describe(`Verdict for goal "${goal.key}": ${goal.title}`)];
    }),
  );

  const names = input.outcomes.map((o) => o.name);
  const outcomeName = !lenient && names.length > 0 ? z.enum(names as [string, ...string[]]) : z.string();
  const outcome = z.object({
    evidence: evidenceSchema("the outcome"),
    rationale: z.string().describe("One sentence explaining why the call ended this way"),
    name: outcomeName.describe("The outcome name, exactly as listed"),
    confidence,
  });

  const builtins = builtinsOf(input);
  const insights: Record<string, z.ZodType> = {};
  if (builtins.sentiment) {
    insights.sentiment = z
      .object({
        label: z.enum(["positive", "neutral", "negative"]).describe("The customer's overall sentiment"),
        score: z.number().describe("From -1 (very negative) through 0 (neutral) to 1 (very positive)"),
      })
      .describe("The customer's sentiment over the call");
  }
  if (builtins.summary) insights.summary = z.string().describe("Two or three sentences summarising the call");
  if (builtins.topics) insights.topics = z.array(z.string()).describe("Short topic labels (1–3 words each) the call covered");
  const fields = input.insightFields ?? [];
  if (fields.length > 0) {
    insights.fields = z
      .object(Object.fromEntries(fields.map((f) => [f.name, valueSchema(f.type, f.options, f.description, lenient)])))
      .describe("Custom insights defined by the workspace");
  }

  return z.object({
    goals: z.object(goals).describe("One verdict per goal, keyed by goal key"),
    outcome: outcome.describe("How the call ended"),
    insights: z.object(insights).describe("What was learned from the call"),
  });
}

export interface EvaluationSchema {
  /** What `Output.object` takes: the wire JSON schema plus lenient validation. */
  schema: Schema<RawEvaluation>;
  /** The wire JSON schema itself (also used to estimate the prompt size). */
  json: JSONSchema7;
}

export async function buildEvaluationSchema(input: EvaluationInput): Promise<EvaluationSchema> {
  const json = await zodSchema(buildZod(input, false)).jsonSchema;
  const lenient = buildZod(input, true);
  const schema = jsonSchema<RawEvaluation>(json, {
    validate: (value) => {
      const parsed = lenient.safeParse(value);
      // The keys are dynamic, so zod can only infer records here; the shape is RawEvaluation.
      return parsed.success ? { success: true, value: parsed.data as unknown as RawEvaluation } : { success: false, error: parsed.error };
    },
  });
  return { schema, json };
}
