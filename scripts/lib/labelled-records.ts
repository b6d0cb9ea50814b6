import { z } from "zod";
import { normalizeVariable } from "../../lib/evaluation/finalize/normalize-variables";
import { GOAL_STATUSES, type EvaluationInput, type VariableDef, type VariableType } from "../../lib/evaluation/types";
import { goalKeys } from "./cli-input";

/**
 * Labelled calls (the SGD-derived format documented in shared/datasets/README.md) turned into
 * evaluation inputs. The first goal of a record is its transaction goal, the second its
 * information goal. Output variables are declared on the transaction goal the way a customer
 * would configure an agent once: the union of the variable names seen for that service.
 */

const labelledSchema = z.object({
  id: z.string(),
  services: z.array(z.string()).default([]),
  callDate: z.string().optional(),
  transcript: z.array(z.object({ speaker: z.enum(["agent", "customer", "system"]), text: z.string() })),
  goals: z.array(z.object({ name: z.string(), description: z.string(), expected: z.enum(GOAL_STATUSES) })).min(1),
  outcomeOptions: z.array(z.object({ name: z.string(), description: z.string() })).min(1),
  expectedOutcome: z.string(),
  expectedVariables: z.record(z.string(), z.string()).default({}),
  expectedVariableMentions: z.record(z.string(), z.array(z.string())).default({}),
});

export type LabelledRecord = z.infer<typeof labelledSchema>;

export const GOAL_TYPES = ["transaction", "information"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

export function parseLabelledRecord(value: unknown): LabelledRecord {
  return labelledSchema.parse(value);
}

export function serviceOf(record: LabelledRecord): string {
  return record.services[0] ?? "unknown";
}

export function goalTypeOf(index: number): GoalType {
  return index === 0 ? "transaction" : "information";
}

/** The type a customer would pick for a variable, from its name alone. */
export function inferVariableType(name: string): VariableType {
  const lower = name.toLowerCase();
  if (lower.includes("date")) return "date";
  if (lower.includes("time")) return "time";
  if (/number_of|party_size|amount/.test(lower)) return "number";
  return "string";
}

/** Service → the variables declared for its transaction goal (sorted for stable output). */
export function declaredVariablesByService(records: LabelledRecord[]): Map<string, VariableDef[]> {
  const names = new Map<string, Set<string>>();
  for (const record of records) {
    const set = names.get(serviceOf(record)) ?? new Set<string>();
    for (const name of Object.keys(record.expectedVariables)) set.add(name);
    names.set(serviceOf(record), set);
  }
  return new Map([...names].map(([service, set]) => [service, [...set].sort().map((name) => ({ name, type: inferVariableType(name) }))]));
}

export function toLabelledInput(record: LabelledRecord, declared: VariableDef[]): EvaluationInput {
  const keys = goalKeys(record.goals.map((goal) => goal.name));
  return {
    transcript: record.transcript,
    callDate: record.callDate,
    endReason: "completed",
    goals: record.goals.map((goal, index) => ({
      key: keys[index],
      title: goal.name,
      description: goal.description,
      outputVariables: index === 0 && declared.length > 0 ? declared : undefined,
    })),
    outcomes: record.outcomeOptions,
  };
}

/**
 * A predicted variable is right when it equals the canonical value or one of the words the call
 * used for it: strings case- and space-insensitively, dates, times and numbers after normalising.
 */
export function isVariableCorrect(def: VariableDef, predicted: unknown, canonical: string, mentions: string[], callDate?: string): boolean {
  if (predicted === null || predicted === undefined) return false;
  const accepted = [canonical, ...mentions];
  if (def.type === "string") {
    const squash = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
    return accepted.some((value) => squash(value) === squash(String(predicted)));
  }
  const target = normalizeVariable(def, predicted, { callDate });
  return accepted.some((value) => {
    const expected = normalizeVariable(def, value, { callDate });
    return expected !== null && expected === target;
  });
}
