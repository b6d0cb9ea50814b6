import type { AnalysedCall } from "./analyse-call";
import type { Cue, TransactionFacts } from "./detect-transaction";

/**
 * What kind of call this was, in terms any outcome list can be matched against: a completed or
 * failed transaction, a decline, information only, voicemail, a gatekeeper, a callback, interest.
 */

export type Situation = "completed" | "failed" | "declined" | "information" | "voicemail" | "gatekeeper" | "callback" | "interested";

export interface SituationFinding {
  situation: Situation;
  cue: Cue | null;
  /** One clause for the outcome's rationale. */
  reason: string;
}

const VOICEMAIL =
  /\b(?:leave (?:a|your) (?:message|name and number)|after the (?:tone|beep)|(?:not|unable to) (?:available to )?(?:take|answer) (?:your|the|my) call|you(?:'ve| have) reached (?:the )?(?:voicemail|voice mail|mailbox)|voice ?mail|mailbox is full|record your message|answering machine)\b/;
const AGENT_LEAVES_MESSAGE = /\b(?:(?:i'm|i am) leaving (?:you )?a message|this is a message for|sorry (?:i|we) missed you|please call (?:me|us) back at)\b/;
const GATEKEEPER =
  /\b(?:(?:he|she|they)(?:'s|'re| is| are) (?:not (?:available|in|here)|in a meeting|out of (?:the )?office|away|busy|on another call)|can i take a message|(?:i'm|i am) (?:his|her|their|the) (?:assistant|secretary|receptionist)|this is the (?:front desk|reception)|who(?:'s| is) calling|i(?:'ll| will| can) pass (?:it|that|the message|your message) (?:on|along)|(?:not|isn't) the (?:right person|decision maker|owner)|(?:doesn't|does not) take (?:sales|cold) calls)\b/;
const CALLBACK =
  /\b(?:call (?:you|me|them|him|her|us) back|callback|call back|call (?:you|me) (?:again|later|tomorrow|next week)|try (?:again|back) later|reach out (?:again|later)|get back to (?:you|me))\b/;
const INTEREST =
  /\b(?:(?:i'm|i am|we're|we are) (?:very |really |definitely )?interested|sounds interesting|send me (?:more )?(?:info|information|details)|tell me more about)\b/;

export function detectSituation(call: AnalysedCall, facts: TransactionFacts): SituationFinding {
  const voicemail = findCue(call, VOICEMAIL, ["customer", "system"]) ?? findCue(call, AGENT_LEAVES_MESSAGE, ["agent"]);
  const customerSpoke = call.customerTurns.some((turn) => turn.normalized.split(" ").length > 3 && !VOICEMAIL.test(turn.normalized));
  if (voicemail && !customerSpoke) return { situation: "voicemail", cue: voicemail, reason: "the call reached voicemail and no live conversation took place" };

  if (facts.state === "completed") return { situation: "completed", cue: facts.successes.at(-1) ?? null, reason: "the agent confirmed the transaction went through" };
  const gatekeeper = findCue(call, GATEKEEPER, ["customer"]);
  if (gatekeeper) return { situation: "gatekeeper", cue: gatekeeper, reason: "the person who answered was not the one the agent needed and the call went no further" };
  const callback = findCue(call, CALLBACK, ["agent", "customer"]);
  if (facts.state === "failed") return { situation: "failed", cue: facts.failures.at(-1) ?? null, reason: "the agent reported the transaction could not be completed" };
  if (facts.state === "declined") {
    const cue = facts.declines.at(-1) ?? facts.offers.at(-1) ?? facts.requests.at(-1) ?? null;
    return { situation: "declined", cue, reason: "the transaction was offered or asked for but the customer did not go ahead" };
  }
  if (callback) return { situation: "callback", cue: callback, reason: "a call back was asked for or promised" };
  const interest = findCue(call, INTEREST, ["customer"]);
  if (interest) return { situation: "interested", cue: interest, reason: "the customer showed interest without committing" };
  return { situation: "information", cue: null, reason: "the customer only asked for information and nothing was booked or offered" };
}

function findCue(call: AnalysedCall, pattern: RegExp, speakers: string[]): Cue | null {
  for (const turn of call.turns) {
    if (!speakers.includes(turn.speaker)) continue;
    const sentence = turn.sentences.find((candidate) => pattern.test(candidate.normalized));
    if (sentence) return { turn: turn.index, quote: sentence.text };
  }
  return null;
}
