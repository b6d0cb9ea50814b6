import type { Role } from "@/lib/auth/permissions";
import { automationInput, type AutomationAction, type AutomationTrigger } from "@/lib/automations/rule-schema";
import { issuesToErrors, type FieldErrors } from "@/components/goals/field-errors";

/** What the rule builder holds: strings and rows the inputs edit directly. */
export type GoalStatus = AutomationTrigger["goals"][number]["status"];
export type VariableOp = "exists" | "equals" | "contains" | "gt";
export type TriggerEvent = AutomationTrigger["event"];

export interface GoalConditionDraft {
  rowId: string;
  key: string;
  status: GoalStatus;
}
export interface VariableDraft {
  rowId: string;
  name: string;
  /** "" = any goal. */
  goalKey: string;
  op: VariableOp;
  value: string;
}
export interface RoutingRuleDraft {
  rowId: string;
  /** "" = any outcome. */
  outcome: string;
  /** "" = no variable condition. */
  variableName: string;
  variableOp: VariableOp;
  variableValue: string;
  assignTo: string;
}
type Saved = { rowId: string; id?: string };
export type ActionDraft = Saved &
  (
    | { type: "email"; to: string; toRoles: Role[]; subject: string; body: string }
    | { type: "team_alert"; webhookUrl: string }
    | { type: "hubspot" }
    | { type: "lead_routing"; strategy: "round_robin" | "rules"; members: string[]; rules: RoutingRuleDraft[]; notify: boolean }
    | { type: "webhook"; url: string }
  );
export type ActionType = ActionDraft["type"];

export interface RuleDraft {
  name: string;
  /** "" = every agent. */
  agentId: string;
  enabled: boolean;
  event: TriggerEvent;
  outcomes: string[];
  goals: GoalConditionDraft[];
  /** "" = no sentiment condition. */
  sentimentBelow: string;
  variables: VariableDraft[];
  actions: ActionDraft[];
}

// Row ids only key React lists; they never reach the server.
let lastRowId = 0;
export const rowId = () => `r${++lastRowId}`;

export function emptyRule(): RuleDraft {
  return { name: "", agentId: "", enabled: true, event: "conversation.evaluated", outcomes: [], goals: [], sentimentBelow: "", variables: [], actions: [] };
}

export function newAction(type: ActionType): ActionDraft {
  const base = { rowId: rowId() };
  switch (type) {
    case "email":
      return { ...base, type, to: "", toRoles: [], subject: "{{ outcome }}: {{ contact.name }}", body: "{{ contact.name }} ({{ contact.phone }}) called {{ agent.name }}.\n\nOutcome: {{ outcome }}\n{{ goals }}\n\n{{ summary }}\n\n{{ link }}" };
    case "team_alert":
      return { ...base, type, webhookUrl: "" };
    case "hubspot":
      return { ...base, type };
    case "lead_routing":
      return { ...base, type, strategy: "round_robin", members: [], rules: [], notify: true };
    case "webhook":
      return { ...base, type, url: "" };
  }
}

export const newVariable = (): VariableDraft => ({ rowId: rowId(), name: "", goalKey: "", op: "exists", value: "" });
export const newRoutingRule = (): RoutingRuleDraft => ({ rowId: rowId(), outcome: "", variableName: "", variableOp: "exists", variableValue: "", assignTo: "" });

/** Addresses typed into one box, separated by commas, semicolons, spaces or new lines. */
export const splitAddresses = (raw: string) =>
  raw
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter(Boolean);

const value = (op: VariableOp, raw: string) => (op === "exists" || raw.trim() === "" ? undefined : raw.trim());
const condition = (name: string, op: VariableOp, raw: string, goalKey = "") => ({ name: name.trim(), ...(goalKey && { goalKey }), op, ...(value(op, raw) !== undefined && { value: value(op, raw) }) });

function actionToInput(action: ActionDraft) {
  const id = action.id ? { id: action.id } : {};
  switch (action.type) {
    case "email":
      return { ...id, type: action.type, to: splitAddresses(action.to), toRoles: action.toRoles, subject: action.subject, body: action.body };
    case "team_alert":
      return { ...id, type: action.type, webhookUrl: action.webhookUrl.trim() };
    case "hubspot":
      return { ...id, type: action.type };
    case "lead_routing":
      return {
        ...id,
        type: action.type,
        strategy: action.strategy,
        members: action.members,
        rules:
          action.strategy === "rules"
            ? action.rules.map((r) => ({ ...(r.outcome && { outcome: r.outcome }), ...(r.variableName.trim() && { variable: condition(r.variableName, r.variableOp, r.variableValue) }), assignTo: r.assignTo }))
            : [],
        notify: action.notify,
      };
    case "webhook":
      return { ...id, type: action.type, url: action.url.trim() };
  }
}

/** "0.5" → 0.5; "" → null; anything else stays a string so the schema names the problem. */
function sentiment(raw: string): number | null | string {
  if (raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/** The body the automation actions (and the API) take. */
export function draftToInput(draft: RuleDraft) {
  return {
    name: draft.name,
    agentId: draft.agentId || null,
    enabled: draft.enabled,
    trigger: triggerOf(draft),
    actions: draft.actions.map(actionToInput),
  };
}
export type RuleInput = ReturnType<typeof draftToInput>;

export function triggerOf(draft: Pick<RuleDraft, "event" | "outcomes" | "goals" | "sentimentBelow" | "variables">) {
  return {
    event: draft.event,
    outcomes: draft.outcomes,
    goals: draft.goals.map((g) => ({ key: g.key, status: g.status })),
    sentimentBelow: sentiment(draft.sentimentBelow),
    variables: draft.variables.map((v) => condition(v.name, v.op, v.value, v.goalKey)),
  };
}

/** A saved rule (as `presentAutomation` shows it) as the builder's draft. */
export function draftFromRule(rule: { name: string; agentId: string | null; enabled: boolean; trigger: AutomationTrigger; actions: AutomationAction[] }): RuleDraft {
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  return {
    name: rule.name,
    agentId: rule.agentId ?? "",
    enabled: rule.enabled,
    event: rule.trigger.event,
    outcomes: [...rule.trigger.outcomes],
    goals: rule.trigger.goals.map((g) => ({ rowId: rowId(), key: g.key, status: g.status })),
    sentimentBelow: rule.trigger.sentimentBelow === null ? "" : String(rule.trigger.sentimentBelow),
    variables: rule.trigger.variables.map((v) => ({ rowId: rowId(), name: v.name, goalKey: v.goalKey ?? "", op: v.op, value: str(v.value) })),
    actions: rule.actions.map((a): ActionDraft => {
      const base = { rowId: rowId(), id: a.id };
      switch (a.type) {
        case "email":
          return { ...base, type: a.type, to: a.to.join(", "), toRoles: [...a.toRoles], subject: a.subject, body: a.body };
        case "team_alert":
          return { ...base, type: a.type, webhookUrl: a.webhookUrl };
        case "hubspot":
          return { ...base, type: a.type };
        case "lead_routing":
          return {
            ...base,
            type: a.type,
            strategy: a.strategy,
            members: [...a.members],
            notify: a.notify,
            rules: a.rules.map((r) => ({ rowId: rowId(), outcome: r.outcome ?? "", variableName: r.variable?.name ?? "", variableOp: r.variable?.op ?? "exists", variableValue: str(r.variable?.value), assignTo: r.assignTo })),
          };
        case "webhook":
          return { ...base, type: a.type, url: a.url };
      }
    }),
  };
}

/**
 * The server's own schema, run in the browser on every change. Paths match the server's
 * ("actions.1.url", "trigger.variables.0.value"), so its errors and these show in the same places.
 * An address list reports which address is wrong, since the box holds several.
 */
export function validateDraft(draft: RuleDraft): FieldErrors {
  const body = draftToInput(draft);
  const parsed = automationInput.safeParse(body);
  if (parsed.success) return {};
  // The schema's cross-field checks run only once everything else parses; show them at once too.
  const crossField = body.actions.flatMap((a, i) => {
    if (a.type === "email" && a.to.length === 0 && a.toRoles.length === 0) return [{ path: `actions.${i}.to`, message: "give addresses or roles to email" }];
    if (a.type === "lead_routing" && a.strategy === "round_robin" && a.members.length === 0) return [{ path: `actions.${i}.members`, message: "round robin needs at least one member" }];
    if (a.type === "lead_routing" && a.strategy === "rules" && a.rules.length === 0) return [{ path: `actions.${i}.rules`, message: "add at least one routing rule" }];
    return [];
  });
  return issuesToErrors([
    ...crossField,
    ...parsed.error.issues.map((issue) => {
      const [first, index, field, item] = issue.path;
      if (first === "actions" && field === "to" && typeof item === "number") {
        const to = (body.actions[Number(index)] as { to: string[] }).to;
        return { path: `actions.${String(index)}.to`, message: `"${to[item]}" ${issue.message}` };
      }
      return { path: issue.path.map(String).join("."), message: issue.message };
    }),
  ]);
}

/** The first error at or below a path: "actions.0.rules" also covers "actions.0.rules.1.assignTo". */
export function errorUnder(errors: FieldErrors, prefix: string): string | undefined {
  return errors[prefix] ?? Object.entries(errors).find(([path]) => path.startsWith(`${prefix}.`))?.[1];
}

/** Moves an item one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}
