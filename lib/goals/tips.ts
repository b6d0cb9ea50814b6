import type { GoalView } from "./present-goal";

export interface GoalTip {
  /** null: about the agent's goals as a whole. */
  goalKey: string | null;
  message: string;
}

export const MAX_RECOMMENDED_OBJECTIVES = 5;

// Words that name something a listener could check happened in the call.
const OBSERVABLE = /\b(confirm\w*|book\w*|schedul\w*|reserv\w*|collect\w*|provid\w*|gave|given|give|told|tell|stat\w*|said|say|ask\w*|agree\w*|declin\w*|refus\w*|accept\w*|purchas\w*|bought|paid|pay\w*|sign\w*|transfer\w*|verif\w*|captur\w*|record\w*|mention\w*|explain\w*|answer\w*|email|phone|number|address|date|time|price|budget|name|consent|yes|no|callback|appointment|demo|order)\b/i;
const VAGUE = /\b(info|information|stuff|things|details|handle|good|great|properly|well|helpful|nice)\b/i;

/** A description someone could not judge a call against: too short, or nothing observable in it. */
export function vagueDescriptionReason(description: string): string | null {
  const words = description.trim().split(/\s+/).filter(Boolean);
  if (words.length < 5) return "is very short: say what must be said or agreed for the goal to count as achieved";
  if (!OBSERVABLE.test(description)) {
    return VAGUE.test(description)
      ? "is vague: name the exact facts to collect or the event to confirm (e.g. \"Collect full name, email and phone\" rather than \"Get customer info\")"
      : "names nothing observable: say what the agent or customer must say or agree to";
  }
  return null;
}

/** Advice shown beside an agent's goals; none of it blocks saving. */
export function goalTips(active: GoalView[]): GoalTip[] {
  const tips: GoalTip[] = [];
  if (active.length > 0 && !active.some((g) => g.kind === "primary")) {
    tips.push({ goalKey: null, message: "No primary goal: mark the one goal that defines a successful call as primary; the success rate is measured on it." });
  }
  if (active.length > MAX_RECOMMENDED_OBJECTIVES) {
    tips.push({ goalKey: null, message: `${active.length} active objectives: teams get clearer results with 3–5 per agent, in call-flow order.` });
  }
  for (const goal of active) {
    const reason = vagueDescriptionReason(goal.description);
    if (reason) tips.push({ goalKey: goal.key, message: `"${goal.title}": the description ${reason}.` });
  }
  return tips;
}
