import type { GoalSnapshot } from "@/db/schema";
import type { VariableType } from "@/lib/evaluation/types";
import { goalInput } from "@/lib/goals/schemas";
import { validateGoalGraph } from "@/lib/goals/validate-goal-graph";
import { issuesToErrors, type FieldErrors } from "./field-errors";

/** What the goal editor holds: strings and rows the inputs edit directly. */
export interface VariableDraft {
  rowId: string;
  name: string;
  type: VariableType;
  description: string;
  /** Comma-separated, for enum variables. */
  options: string;
}
export interface ConditionDraft {
  rowId: string;
  key: string;
  condition: string;
}
export interface GoalDraft {
  key: string;
  title: string;
  description: string;
  kind: "primary" | "secondary";
  confirmationMode: "auto" | "manual";
  modality: "verbal" | "visual";
  outputVariables: VariableDraft[];
  nextRequired: string[];
  nextConditional: ConditionDraft[];
  callbackUrl: string;
}

/** The fields of a saved goal the editor starts from: what a revision keeps, less its archived state. */
export type GoalFieldsLike = Omit<GoalSnapshot, "archived">;

/** Another active objective of the agent, as far as validation needs it. */
export interface OtherGoal {
  key: string;
  title: string;
  kind: "primary" | "secondary";
  nextRequired: string[];
  nextConditional: Record<string, string>;
}

export interface DraftContext {
  /** The agent's other active goals, in call-flow order. */
  others: OtherGoal[];
  /** Keys of the agent's archived goals: they stay taken. */
  archivedKeys: string[];
  /** The key the goal was saved with; null for a new goal. */
  originalKey: string | null;
  /** Archived goals are not part of the graph, so their links are not checked. */
  archived: boolean;
}

// Row ids only key React lists; they never reach the DOM, so server and client may differ.
let lastRowId = 0;
export const rowId = () => `row${++lastRowId}`;

export const splitOptions = (raw: string) =>
  raw
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);

export function emptyDraft(): GoalDraft {
  return { key: "", title: "", description: "", kind: "secondary", confirmationMode: "auto", modality: "verbal", outputVariables: [], nextRequired: [], nextConditional: [], callbackUrl: "" };
}

export function draftFromGoal(goal: GoalFieldsLike): GoalDraft {
  return {
    key: goal.key,
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    confirmationMode: goal.confirmationMode,
    modality: goal.modality,
    outputVariables: goal.outputVariables.map((v) => ({ rowId: rowId(), name: v.name, type: v.type, description: v.description ?? "", options: (v.options ?? []).join(", ") })),
    nextRequired: [...goal.nextRequired],
    nextConditional: Object.entries(goal.nextConditional).map(([key, condition]) => ({ rowId: rowId(), key, condition })),
    callbackUrl: goal.callbackUrl ?? "",
  };
}

/** The body the goal actions take. `callbackUrl: null` clears a saved URL. */
export function draftToInput(draft: GoalDraft) {
  return {
    key: draft.key.trim(),
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    confirmationMode: draft.confirmationMode,
    modality: draft.modality,
    outputVariables: draft.outputVariables.map((v) => ({
      name: v.name,
      type: v.type,
      description: v.description,
      ...(v.type === "enum" && { options: splitOptions(v.options) }),
    })),
    nextRequired: draft.nextRequired,
    nextConditional: Object.fromEntries(draft.nextConditional.map((c) => [c.key, c.condition])),
    callbackUrl: draft.callbackUrl.trim() === "" ? null : draft.callbackUrl.trim(),
  };
}
export type GoalBody = ReturnType<typeof draftToInput>;

/**
 * The checks the server makes, run in the browser on every change: the goal schema, then how
 * the goal links up with the agent's other objectives. Paths match the server's, so its errors
 * and these show in the same places.
 */
export function validateDraft(draft: GoalDraft, context: DraftContext): FieldErrors {
  const body = draftToInput(draft);
  const parsed = goalInput.safeParse(body);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const key = body.key;
  if (context.archivedKeys.includes(key)) issues.push({ path: "key", message: `"${key}" belongs to an archived objective: restore it or choose another key` });
  if (context.originalKey && key !== context.originalKey) {
    const referrers = context.others.filter((g) => g.nextRequired.includes(context.originalKey!) || context.originalKey! in g.nextConditional).map((g) => g.key);
    if (referrers.length) issues.push({ path: "key", message: `"${context.originalKey}" is a next step of ${referrers.join(", ")}; change those first` });
  }
  if (!context.archived) {
    const graph = [...context.others, { key, nextRequired: body.nextRequired, nextConditional: body.nextConditional }];
    issues.push(...validateGoalGraph(graph, (i) => (i === graph.length - 1 ? "" : `goals.${graph[i].key}`)));
  }
  return issuesToErrors(issues);
}

/** The top-level field a path belongs to: "outputVariables.0.name" → "outputVariables". */
export const fieldOf = (path: string) => path.split(".")[0];
