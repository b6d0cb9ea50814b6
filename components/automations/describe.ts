import type { AutomationAction, AutomationTrigger, VariableCondition } from "@/lib/automations/rule-schema";

/** Names the describers need: goal titles by key, member names by user id. */
export interface DescribeNames {
  goals?: Record<string, string>;
  members?: Record<string, string>;
}

const STATUS_WORDS: Record<AutomationTrigger["goals"][number]["status"], string> = {
  achieved: "achieved",
  partially_achieved: "partially achieved",
  not_achieved: "not achieved",
  pending_confirmation: "awaiting confirmation",
};
export const GOAL_STATUS_LABELS = STATUS_WORDS;

/** "a, b or c" (or "and"). */
export function list(items: string[], last: "or" | "and" = "or"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

const quote = (s: string) => `“${s}”`;

export function describeCondition(c: Pick<VariableCondition, "name" | "op" | "value" | "goalKey">, names: DescribeNames = {}): string {
  const where = c.goalKey ? ` (from ${names.goals?.[c.goalKey] ?? c.goalKey})` : "";
  const subject = `${c.name}${where}`;
  if (c.op === "exists") return `${subject} was captured`;
  if (c.op === "equals") return `${subject} is ${quote(String(c.value ?? ""))}`;
  if (c.op === "contains") return `${subject} contains ${quote(String(c.value ?? ""))}`;
  return `${subject} is more than ${String(c.value ?? "")}`;
}

/**
 * The trigger in words, e.g. "When a call is evaluated with outcome Appointment Scheduled and
 * Appointment booked achieved". A trigger with no condition matches every call.
 */
export function describeTrigger(trigger: AutomationTrigger, names: DescribeNames = {}): string {
  const when = trigger.event === "conversion.recorded" ? "When a conversion is recorded for a call" : "When a call is evaluated";
  const parts: string[] = [];
  if (trigger.outcomes.length > 0) parts.push(`outcome ${list(trigger.outcomes)}`);
  for (const goal of trigger.goals) {
    const title = goal.key === "primary" ? "the primary goal" : (names.goals?.[goal.key] ?? goal.key);
    parts.push(`${title} ${STATUS_WORDS[goal.status]}`);
  }
  if (trigger.sentimentBelow !== null) parts.push(`sentiment below ${trigger.sentimentBelow}`);
  for (const c of trigger.variables) parts.push(describeCondition(c, names));
  if (parts.length === 0) return `${when} (any call)`;
  return `${when} with ${list(parts, "and")}`;
}

const ROLE_WORDS: Record<string, string> = { owner: "owners", admin: "admins", member: "members", viewer: "viewers" };

/** One action in a few words, e.g. "Email desk@example.com and admins". */
export function describeAction(action: AutomationAction, names: DescribeNames = {}): string {
  switch (action.type) {
    case "email": {
      const to = [...action.to, ...action.toRoles.map((r) => `all ${ROLE_WORDS[r] ?? r}`)];
      return `Email ${list(to, "and") || "nobody"}`;
    }
    case "team_alert":
      return `Team alert to ${hostOf(action.webhookUrl)}`;
    case "hubspot":
      return "Update HubSpot";
    case "lead_routing": {
      if (action.strategy === "rules") return `Route the lead by ${action.rules.length} ${action.rules.length === 1 ? "rule" : "rules"}`;
      const who = action.members.map((id) => names.members?.[id] ?? "a former member");
      return `Route the lead to ${list(who)} in turn`;
    }
    case "webhook":
      return `Webhook to ${hostOf(action.url)}`;
  }
}

export const ACTION_LABELS: Record<AutomationAction["type"] | "objective_callback", string> = {
  email: "Email",
  team_alert: "Team alert",
  hubspot: "HubSpot",
  lead_routing: "Lead routing",
  webhook: "Webhook",
  objective_callback: "Objective callback",
};

/** The host of a URL, or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
