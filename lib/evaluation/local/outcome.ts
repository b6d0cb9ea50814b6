import type { EvaluationResult, OutcomeDef } from "../types";
import type { Situation, SituationFinding } from "./detect-situation";

/**
 * Chooses one of the workspace's outcomes by reading each outcome's description (and name) for
 * the situations it covers, then matching the situation the call was in. Works for any outcome
 * list whose descriptions say what they mean, not only for known outcome names.
 */

const SITUATION_CUES: Record<Situation, RegExp[]> = {
  completed: [
    /\b(?:successfully|success)\b/,
    /\b(?:was|were|been|is|are|got)\s+(?:\w+\s+)?(?:completed|booked|confirmed|scheduled|made|purchased|reserved|placed|done|closed|arranged|set up)\b/,
    /\b(?:completed|scheduled|booked|confirmed)\b/,
  ],
  failed: [/\b(?:could not|couldn't|cannot|unable|failed|failure|unsuccessful|problem|error|not possible)\b/],
  declined: [/\b(?:declin\w*|not interested|(?:did not|didn't) go ahead|refus\w*|turned down|not to be contacted|opt(?:ed)? out|said no|rejected|no thanks)\b/],
  information: [/\b(?:information|info|enquir\w*|inquir\w*|only (?:looked|asked|wanted)|looking for options|browsing|questions? answered)\b/],
  voicemail: [/\b(?:voice ?mail|answering machine|left a message|no live conversation)\b/],
  gatekeeper: [/\b(?:gatekeeper|receptionist|assistant|secretary|decision maker|someone other than|front desk|could not get through|couldn't get through)\b/],
  callback: [/\b(?:call ?back|callback|follow[- ]?up|reason to call|call again|left open|without a decision|open question)\b/],
  interested: [/\b(?:interest(?:ed)?|qualif\w*|budget|authority|lead|warm|hot)\b/],
};

/** When no outcome speaks to the situation, the nearest ones in order. */
const FALLBACKS: Record<Situation, Situation[]> = {
  completed: ["interested", "callback"],
  failed: ["callback", "declined", "information"],
  declined: ["callback", "information"],
  information: ["callback", "interested", "declined"],
  voicemail: ["callback", "gatekeeper", "failed"],
  gatekeeper: ["callback", "voicemail", "failed"],
  callback: ["failed", "interested", "information"],
  interested: ["callback", "information"],
};

const NEGATION = /\b(?:no|not|never|without|nor)\b|n't\b/;

const profileCache = new Map<string, Record<Situation, number>>();

/** How strongly an outcome's name and description speak to each situation. */
export function profileOf(outcome: OutcomeDef): Record<Situation, number> {
  const key = `${outcome.name}\u0000${outcome.description}`;
  const cached = profileCache.get(key);
  if (cached) return cached;
  const profile = {} as Record<Situation, number>;
  const description = outcome.description.toLowerCase();
  const name = outcome.name.toLowerCase();
  for (const situation of Object.keys(SITUATION_CUES) as Situation[]) {
    // The name weighs more than any one phrase of the description: it is the customer's summary.
    profile[situation] = countCues(description, SITUATION_CUES[situation], situation) + 1.5 * countCues(name, SITUATION_CUES[situation], situation);
  }
  profileCache.set(key, profile);
  return profile;
}

function countCues(text: string, patterns: RegExp[], situation: Situation): number {
  let count = 0;
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "g");
    let match: RegExpExecArray | null;
    while ((match = global.exec(text)) !== null) {
      // "it was not completed", "no attempt was made": negated, so no evidence for that situation.
      const clause = text.slice(Math.max(0, match.index - 30), match.index).split(/[,;:()]/).at(-1) ?? "";
      const negatable = situation !== "failed" && situation !== "declined";
      if (negatable && NEGATION.test(clause) && !/\bnot interested\b/.test(match[0])) continue;
      count++;
    }
  }
  return count;
}

export function classifyOutcome(finding: SituationFinding, outcomes: OutcomeDef[]): EvaluationResult["outcome"] {
  const evidence = finding.cue ? [{ turn: finding.cue.turn, quote: finding.cue.quote }] : [];
  if (outcomes.length === 0) return { name: "", confidence: 0, rationale: "No outcomes were defined to choose from.", evidence };
  const chain: Situation[] = [finding.situation, ...FALLBACKS[finding.situation]];
  for (const [step, situation] of chain.entries()) {
    const best = bestFor(situation, outcomes);
    if (!best) continue;
    const confidence = step === 0 ? 0.85 : 0.55;
    return { name: best.name, confidence, rationale: `${capitalize(best.name)}: ${finding.reason}.`, evidence };
  }
  return {
    name: outcomes[0].name,
    confidence: 0.2,
    rationale: `No outcome description fits this call (${finding.reason}), so the first outcome was used.`,
    evidence,
  };
}

/** The outcome that speaks most to a situation and least to the others. */
function bestFor(situation: Situation, outcomes: OutcomeDef[]): OutcomeDef | null {
  let best: { outcome: OutcomeDef; score: number } | null = null;
  for (const outcome of outcomes) {
    const profile = profileOf(outcome);
    if (profile[situation] <= 0) continue;
    const others = Object.entries(profile).reduce((sum, [key, value]) => (key === situation ? sum : sum + value), 0);
    const score = profile[situation] - 0.25 * others;
    if (!best || score > best.score) best = { outcome, score };
  }
  return best?.outcome ?? null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
