import type { AnalysedCall, AnalysedSentence } from "./analyse-call";
import type { SituationFinding } from "./detect-situation";

/**
 * A short extractive summary: the customer's opening request and the sentence that settled the
 * call, quoted as spoken, then what happened in one clause.
 */

const MAX_SENTENCE = 160;
const SMALL_TALK = /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks?|thank you|ok(?:ay)?|yes|no|sure|great)\b[\s!.,]*$/;

export function summarize(call: AnalysedCall, situation: SituationFinding): string | null {
  if (call.turns.length === 0) return null;
  const opening = firstSubstantial(call.customerTurns.flatMap((turn) => turn.sentences));
  const parts: string[] = [];
  if (opening) parts.push(`Customer: "${clip(opening.text)}"`);
  if (situation.cue && situation.cue.quote !== opening?.text) {
    const speaker = call.turns[situation.cue.turn]?.speaker === "agent" ? "Agent" : "Customer";
    parts.push(`${speaker}: "${clip(situation.cue.quote)}"`);
  }
  parts.push(`Outcome: ${situation.reason}.`);
  return parts.join(" ");
}

function firstSubstantial(sentences: AnalysedSentence[]): AnalysedSentence | null {
  const substantial = (sentence: AnalysedSentence) =>
    !SMALL_TALK.test(sentence.normalized) && !/^(?:yes|yeah|no|sure|ok|okay)\b/.test(sentence.normalized) && sentence.normalized.split(" ").length >= 4;
  return sentences.find(substantial) ?? sentences[0] ?? null;
}

function clip(text: string): string {
  return text.length <= MAX_SENTENCE ? text : `${text.slice(0, MAX_SENTENCE - 1).trimEnd()}…`;
}
