import { z } from "zod";
import { speakerFromLabel } from "../../lib/evaluation/transcript-text";
import { STANDARD_OUTCOMES, VARIABLE_TYPES, type EvaluationInput, type GoalDef } from "../../lib/evaluation/types";

/** One line of the evaluation CLI's input file, checked with zod so bad lines name their field. */

const turnSchema = z.object({
  speaker: z.string().min(1).refine((label) => speakerFromLabel(label) !== null, {
    message: "unknown speaker (use agent/customer/system or AI, User, Caller…)",
  }),
  text: z.string(),
});

const variableSchema = z.object({
  name: z.string().min(1),
  type: z.enum(VARIABLE_TYPES).default("string"),
  description: z.string().optional(),
  options: z.array(z.string()).optional(),
});

const goalSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  outputVariables: z.array(variableSchema).optional(),
  confirmationMode: z.enum(["auto", "manual"]).optional(),
});

const outcomeSchema = z.object({ name: z.string().min(1), description: z.string().default("") });

export const inputLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  callDate: z.string().optional(),
  endReason: z.string().nullable().optional(),
  transcript: z.array(turnSchema),
  goals: z.array(goalSchema),
  outcomes: z.array(outcomeSchema).min(1).optional(),
  /** The SGD files call them outcomeOptions; accepted so labelled files run as they are. */
  outcomeOptions: z.array(outcomeSchema).min(1).optional(),
});

export type InputLine = z.infer<typeof inputLineSchema>;

/** "Venue address given" → "venue_address_given". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return slug || "goal";
}

/** Goal keys derived from names, made unique within the line ("x", "x_2"). */
export function goalKeys(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = slugify(name);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

export function toEvaluationInput(line: InputLine): EvaluationInput {
  const keys = goalKeys(line.goals.map((goal) => goal.name));
  const goals: GoalDef[] = line.goals.map((goal, index) => ({
    key: keys[index],
    title: goal.name,
    description: goal.description,
    confirmationMode: goal.confirmationMode,
    outputVariables: goal.outputVariables,
  }));
  return {
    transcript: line.transcript.map((turn) => ({ speaker: speakerFromLabel(turn.speaker) ?? "customer", text: turn.text })),
    callDate: line.callDate,
    endReason: line.endReason ?? null,
    goals,
    outcomes: line.outcomes ?? line.outcomeOptions ?? STANDARD_OUTCOMES,
  };
}

/** "goals.0.name: Required" for each problem zod found. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(line)"}: ${issue.message}`).join("; ");
}
