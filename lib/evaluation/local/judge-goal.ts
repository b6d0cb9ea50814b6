import type { Evidence, GoalDef, GoalStatus } from "../types";
import type { AnalysedCall } from "./analyse-call";
import { detectItems, type ItemFinding } from "./detect-information";
import type { Cue, TransactionFacts } from "./detect-transaction";
import { isAffirmation } from "./dialogue-acts";
import { parseRequirement, type Requirement } from "./requirements";

export interface GoalJudgement {
  status: GoalStatus;
  confidence: number;
  rationale: string;
  evidence: Evidence[];
}

const CALLBACK_CUE = /\b(?:call (?:you|me|them|him|her) back|callback|call back|call (?:you|me) (?:again|later|tomorrow)|reach out (?:again|later)|follow up (?:with|by))\b/;

/** Judges one goal against the call, from what its description asks for. */
export function judgeGoal(goal: GoalDef, call: AnalysedCall, facts: TransactionFacts): GoalJudgement {
  const requirement = parseRequirement(goal.description, goal.title);
  switch (requirement.kind) {
    case "transaction":
      return judgeTransaction(facts);
    case "information":
      return judgeInformation(call, requirement);
    case "failure":
      return facts.failures.length > 0 && facts.state !== "completed"
        ? verdict("achieved", 0.85, "The agent reported that the request could not be completed.", facts.failures.slice(-1))
        : verdict("not_achieved", 0.75, "The agent never reported a failure to complete the request.", []);
    case "refusal":
      return facts.state === "declined" && facts.declines.length > 0
        ? verdict("achieved", 0.8, "The customer turned down what was offered.", facts.declines.slice(-1))
        : verdict("not_achieved", 0.7, "The customer did not decline anything the agent proposed.", []);
    case "consent":
      return judgeConsent(call, requirement.keywords);
    case "callback":
      return judgeCallback(call);
    case "unknown":
      return judgeByKeywords(call, requirement.keywords);
  }
}

function judgeTransaction(facts: TransactionFacts): GoalJudgement {
  switch (facts.state) {
    case "completed":
      return verdict("achieved", 0.9, "The agent confirmed that the transaction went through.", facts.successes.slice(-1));
    case "failed":
      return verdict("not_achieved", 0.85, "The agent reported that the transaction could not be completed and it never went through.", facts.failures.slice(-1));
    case "declined":
      return verdict(
        "not_achieved",
        0.8,
        "The transaction was offered or asked for, but it was never attempted or confirmed.",
        [...facts.declines, ...facts.offers, ...facts.requests].slice(-1),
      );
    case "none":
      return verdict("not_achieved", 0.8, "Nobody offered, asked for or confirmed the transaction during the call.", []);
  }
}

function judgeInformation(call: AnalysedCall, requirement: Extract<Requirement, { kind: "information" }>): GoalJudgement {
  const findings = detectItems(call, requirement.items, requirement.speaker);
  const given = findings.filter((finding) => finding.cue);
  const missing = findings.filter((finding) => !finding.cue);
  const who = requirement.speaker === "agent" ? "The agent" : "The customer";
  const evidence = dedupe(given.map((finding) => finding.cue as Cue));
  if (missing.length === 0) return verdict("achieved", 0.85, `${who} stated ${listOf(given)}.`, evidence);
  if (given.length === 0) return verdict("not_achieved", 0.75, `${who} never stated ${listOf(missing)}.`, []);
  return verdict("partially_achieved", 0.7, `${who} stated ${listOf(given)} but not ${listOf(missing)}.`, evidence);
}

function judgeConsent(call: AnalysedCall, keywords: string[]): GoalJudgement {
  for (const turn of call.agentTurns) {
    const asks = turn.sentences.find((sentence) => sentence.normalized.endsWith("?") && keywords.some((word) => sentence.normalized.includes(word.slice(0, 5))));
    const reply = asks ? call.turns[turn.index + 1] : undefined;
    if (asks && reply?.speaker === "customer" && isAffirmation(reply.normalized)) {
      return verdict("achieved", 0.75, "The customer agreed when the agent asked.", [
        { turn: turn.index, quote: asks.text },
        { turn: reply.index, quote: reply.sentences[0]?.text ?? reply.text },
      ]);
    }
  }
  return verdict("not_achieved", 0.6, "The customer was never asked for, or did not give, that agreement.", []);
}

function judgeCallback(call: AnalysedCall): GoalJudgement {
  for (const turn of call.turns) {
    const sentence = turn.sentences.find((candidate) => CALLBACK_CUE.test(candidate.normalized));
    if (sentence) return verdict("achieved", 0.7, "A call back was arranged or asked for.", [{ turn: turn.index, quote: sentence.text }]);
  }
  return verdict("not_achieved", 0.6, "Nobody arranged or asked for a call back.", []);
}

/** Last resort for a description we cannot read: how much of its vocabulary one turn covers. */
function judgeByKeywords(call: AnalysedCall, keywords: string[]): GoalJudgement {
  if (keywords.length === 0) return verdict("not_achieved", 0.3, "The goal has no description to check the call against.", []);
  let best: { turn: number; quote: string; share: number } | null = null;
  for (const turn of call.turns) {
    for (const sentence of turn.sentences) {
      const share = keywords.filter((word) => sentence.normalized.includes(word.slice(0, 5))).length / keywords.length;
      if (!best || share > best.share) best = { turn: turn.index, quote: sentence.text, share };
    }
  }
  if (best && best.share >= 0.6) {
    return verdict("partially_achieved", 0.35, "Part of the call talks about what the goal describes, but no clear sign it was met.", [
      { turn: best.turn, quote: best.quote },
    ]);
  }
  return verdict("not_achieved", 0.35, "Nothing in the call matches what the goal describes.", []);
}

function verdict(status: GoalStatus, confidence: number, rationale: string, evidence: Cue[]): GoalJudgement {
  return { status, confidence, rationale, evidence: evidence.map((cue) => ({ turn: cue.turn, quote: cue.quote })) };
}

function dedupe(cues: Cue[]): Cue[] {
  return cues.filter((cue, index) => cues.findIndex((other) => other.turn === cue.turn && other.quote === cue.quote) === index);
}

function listOf(findings: ItemFinding[]): string {
  const labels = findings.map((finding) => finding.item.label.replace(/^(?:the|a|an)\s+/, "the "));
  const withArticle = labels.map((label) => (/^the /.test(label) ? label : `the ${label}`));
  if (withArticle.length <= 1) return withArticle.join("");
  return `${withArticle.slice(0, -1).join(", ")} and ${withArticle.at(-1)}`;
}
