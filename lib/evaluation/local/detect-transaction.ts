import type { AnalysedCall } from "./analyse-call";
import {
  isAffirmation,
  isConfirmationRequest,
  isDecline,
  isFailureNotice,
  isSuccessAfterAgreement,
  isSuccessNotice,
  namesFailedAction,
  isTransactionOffer,
  isTransactionRequest,
  isUnavailabilityNotice,
} from "./dialogue-acts";

/** A sentence that carries a cue, quoted verbatim from its turn. */
export interface Cue {
  turn: number;
  quote: string;
}

export type TransactionState = "completed" | "failed" | "declined" | "none";

/** What happened to the transaction the call was about (booking, purchase, transfer, …). */
export interface TransactionFacts {
  state: TransactionState;
  successes: Cue[];
  failures: Cue[];
  offers: Cue[];
  requests: Cue[];
  confirmationRequests: Cue[];
  /** Customer replies that turned down an offer or a confirmation request. */
  declines: Cue[];
  /** Customer replies that agreed to an offer or a confirmation request. */
  agreements: Cue[];
}

export function detectTransaction(call: AnalysedCall): TransactionFacts {
  const facts: TransactionFacts = {
    state: "none",
    successes: [],
    failures: [],
    offers: [],
    requests: [],
    confirmationRequests: [],
    declines: [],
    agreements: [],
  };
  // Index of the first turn where a transaction was on the table; failures before it are search misses.
  let contextStart = Number.POSITIVE_INFINITY;
  let lastProposal: "offer" | "confirmation" | null = null;
  // True right after the customer agreed to a confirmation request: the next agent turn reports the attempt.
  let attemptPending = false;

  for (const turn of call.turns) {
    if (turn.speaker === "customer") {
      attemptPending = false;
      if (lastProposal || facts.successes.length > 0 || contextStart < turn.index) {
        const reply = turn.normalized;
        const quote = turn.sentences[0]?.text ?? turn.text;
        if (isAffirmation(reply)) {
          facts.agreements.push({ turn: turn.index, quote });
          attemptPending = true;
        } else if (isDecline(reply)) facts.declines.push({ turn: turn.index, quote });
      }
      for (const sentence of turn.sentences) {
        if (isTransactionRequest(sentence.normalized)) {
          facts.requests.push({ turn: turn.index, quote: sentence.text });
          contextStart = Math.min(contextStart, turn.index);
          break;
        }
      }
      lastProposal = null;
      continue;
    }
    if (turn.speaker !== "agent") continue;
    lastProposal = null;
    const answersAttempt = attemptPending;
    attemptPending = false;
    for (const sentence of turn.sentences) {
      const text = sentence.normalized;
      const cue = { turn: turn.index, quote: sentence.text };
      if (isFailureNotice(text) || (answersAttempt && isUnavailabilityNotice(text))) {
        if (turn.index > contextStart || namesFailedAction(text)) facts.failures.push(cue);
      } else if (isSuccessNotice(text) || (answersAttempt && awaitingResult(facts) && isSuccessAfterAgreement(text))) {
        facts.successes.push(cue);
      } else if (isConfirmationRequest(text)) {
        facts.confirmationRequests.push(cue);
        contextStart = Math.min(contextStart, turn.index);
        lastProposal = "confirmation";
      } else if (isTransactionOffer(text)) {
        facts.offers.push(cue);
        contextStart = Math.min(contextStart, turn.index);
        lastProposal = "offer";
      }
    }
  }
  facts.state = stateOf(facts);
  return facts;
}

/** True when the last proposal has not yet been answered by a success or a failure. */
function awaitingResult(facts: TransactionFacts): boolean {
  const lastProposal = Math.max(facts.confirmationRequests.at(-1)?.turn ?? -1, facts.offers.at(-1)?.turn ?? -1);
  const lastResult = Math.max(facts.successes.at(-1)?.turn ?? -1, facts.failures.at(-1)?.turn ?? -1);
  return lastProposal > lastResult;
}

function stateOf(facts: TransactionFacts): TransactionState {
  const lastSuccess = facts.successes.at(-1)?.turn ?? -1;
  const lastFailure = facts.failures.at(-1)?.turn ?? -1;
  if (lastSuccess >= 0 && lastSuccess >= lastFailure) return "completed";
  if (lastFailure >= 0) return "failed";
  if (facts.offers.length > 0 || facts.requests.length > 0) return "declined";
  return "none";
}
