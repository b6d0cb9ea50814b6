import type { Speaker, Turn } from "../types";
import { normalizeForMatching, splitSentences, type Sentence } from "./text";

/** One turn prepared once for every detector: sentences with offsets, and a matching form. */
export interface AnalysedTurn {
  index: number;
  speaker: Speaker;
  text: string;
  /** normalizeForMatching(text) */
  normalized: string;
  sentences: AnalysedSentence[];
}

export interface AnalysedSentence extends Sentence {
  /** normalizeForMatching(sentence.text) */
  normalized: string;
}

export interface AnalysedCall {
  turns: AnalysedTurn[];
  agentTurns: AnalysedTurn[];
  customerTurns: AnalysedTurn[];
  /** YYYY-MM-DD the call took place, when known. */
  callDate: string | null;
}

export function analyseCall(transcript: Turn[], callDate?: string): AnalysedCall {
  const turns = transcript.map((turn, index): AnalysedTurn => {
    const text = typeof turn.text === "string" ? turn.text : "";
    return {
      index,
      speaker: turn.speaker,
      text,
      normalized: normalizeForMatching(text),
      sentences: splitSentences(text).map((sentence) => ({ ...sentence, normalized: normalizeForMatching(sentence.text) })),
    };
  });
  return {
    turns,
    agentTurns: turns.filter((turn) => turn.speaker === "agent"),
    customerTurns: turns.filter((turn) => turn.speaker === "customer"),
    callDate: toIsoDate(callDate),
  };
}

function toIsoDate(value: string | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match ? match[1] : null;
}
