import type { AutomationTrigger, VariableCondition } from "./rule-schema";

/** What a rule is checked against: the conversation's judged state after evaluation or review. */
export interface ConversationFacts {
  outcomeName: string | null;
  goals: { key: string; kind: string; effectiveStatus: string; variables: Record<string, string | number | boolean | null> }[];
  sentimentScore: number | null;
}

export function conditionHolds(condition: VariableCondition, facts: ConversationFacts): boolean {
  const values = facts.goals
    .filter((g) => !condition.goalKey || g.key === condition.goalKey)
    .map((g) => g.variables[condition.name])
    .filter((v) => v !== undefined && v !== null && v !== "");
  if (condition.op === "exists") return values.length > 0;
  return values.some((value) => {
    const expected = condition.value;
    if (condition.op === "equals") return String(value).toLowerCase() === String(expected).toLowerCase();
    if (condition.op === "contains") return String(value).toLowerCase().includes(String(expected).toLowerCase());
    return Number(value) > Number(expected);
  });
}

/** Every condition of the trigger holds (an empty list is no condition). */
export function matchesTrigger(trigger: AutomationTrigger, facts: ConversationFacts): boolean {
  if (trigger.outcomes.length > 0 && !trigger.outcomes.some((o) => o.toLowerCase() === facts.outcomeName?.toLowerCase())) return false;
  for (const wanted of trigger.goals) {
    const goal = wanted.key === "primary" ? facts.goals.find((g) => g.kind === "primary") : facts.goals.find((g) => g.key === wanted.key);
    if (!goal || goal.effectiveStatus !== wanted.status) return false;
  }
  if (trigger.sentimentBelow !== null && !(facts.sentimentScore !== null && facts.sentimentScore < trigger.sentimentBelow)) return false;
  return trigger.variables.every((condition) => conditionHolds(condition, facts));
}
