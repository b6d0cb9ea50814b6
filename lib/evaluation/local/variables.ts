import type { VariableDef, VariableValue } from "../types";
import type { AnalysedCall, AnalysedSentence, AnalysedTurn } from "./analyse-call";
import { findDates, findTimes, type DateMention, type TimeMention } from "./dates";
import type { TransactionFacts } from "./detect-transaction";
import { isFailureNotice, isUnavailabilityNotice } from "./dialogue-acts";
import { findAddresses, findEmails, findPhones } from "./detect-values";
import { findCategories, findOption, pickCategory } from "./extract-categories";
import { findNames, scoreName } from "./extract-names";
import { findAmount, findCount } from "./extract-numbers";
import { escapeRegExp } from "./text";
import { specOf, type VariableSpec } from "./variable-kinds";

/**
 * Output variables of a goal, read from the call. The agent's last proposal before the
 * transaction went through (the details it asked the customer to confirm) is read first, then
 * the rest of the call from the most recent turn back, so later corrections win.
 */

/** Words before a date or time that make it the end of a span (check-out, return) or its start. */
const STRONG_END_CUE = /\b(?:check(?:ing)?[- ]?(?:out|our)|drop(?:ping|ped)?[- ]?(?:off|of)?|return\w*|until|till|through|thru|back|end\w*|inbound|leaving the)\b/g;
const START_CUE = /\b(?:check(?:ing)?[- ]?in|pick(?:ing|ed)?[- ]?up|depart\w*|from|start\w*|arriv\w*|begin\w*|outbound|onward|leav\w*)\b/g;
const CUE_WINDOW = 40;
const NAME_THRESHOLD = 2;
const NAME_KINDS = new Set(["place", "name", "person"]);
/** Places first: once "Santa Rosa" is the city it should not also be taken as the event's name. */
const KIND_ORDER = ["place", "person", "name"];

export function extractVariables(defs: VariableDef[] | undefined, call: AnalysedCall, facts: TransactionFacts): Record<string, VariableValue> {
  const values: Record<string, VariableValue> = {};
  if (!defs || defs.length === 0) return values;
  const turns = orderedTurns(call, facts);
  const specs = defs.map(specOf);
  const used = new Set<string>();
  const vocabulary = categoryVocabulary(call, specs);
  const ordered = [...specs].sort((left, right) => rank(left) - rank(right));
  const topViews = facts.state === "completed" ? 2 : 0;
  for (const spec of ordered) {
    let value: VariableValue = null;
    if (NAME_KINDS.has(spec.kind) && topViews > 0) {
      // The success sentence and the proposal before it are read together: "Your table at Nopa is
      // reserved" should not make Nopa the city when the proposal says "at Nopa in San Francisco".
      value = bestName(turns.slice(0, topViews), spec, used);
    }
    for (const turn of value === null ? turns : []) {
      value = valueInTurn(turn, spec, call, used, vocabulary);
      if (value !== null) break;
    }
    if (typeof value === "string") used.add(value.toLowerCase());
    values[spec.def.name] = value;
  }
  // Keep the order the variables were declared in.
  return Object.fromEntries(defs.map((def) => [def.name, values[def.name] ?? null]));
}

function rank(spec: VariableSpec): number {
  const index = KIND_ORDER.indexOf(spec.kind);
  return (index < 0 ? -1 : index) * 2 + (spec.role ? 0 : 1);
}

/**
 * Where to look, in order: the success sentence itself, the agent turn before it (the details the
 * customer agreed to), earlier proposals (most recent first), then every turn back from the end.
 */
function orderedTurns(call: AnalysedCall, facts: TransactionFacts): AnalysedTurn[] {
  const anchor = facts.state === "completed" ? (facts.successes.at(-1)?.turn ?? call.turns.length - 1) : call.turns.length - 1;
  const proposals = [...facts.confirmationRequests, ...facts.offers]
    .map((cue) => cue.turn)
    .filter((turn) => turn <= anchor)
    .sort((left, right) => right - left);
  const views: AnalysedTurn[] = [];
  const seen = new Set<number>();
  const push = (index: number) => {
    if (index < 0 || index >= call.turns.length || seen.has(index)) return;
    seen.add(index);
    views.push(call.turns[index]);
  };
  if (facts.state === "completed") {
    // Only the success sentence: the rest of that turn often answers another question ("it arrives at 0:32 am").
    const successQuotes = new Set(facts.successes.filter((cue) => cue.turn === anchor).map((cue) => cue.quote));
    const turn = call.turns[anchor];
    views.push({ ...turn, sentences: turn.sentences.filter((sentence) => successQuotes.has(sentence.text)) });
    const lastProposal = call.turns.slice(0, anchor).reverse().find((candidate) => candidate.speaker === "agent");
    if (lastProposal) push(lastProposal.index);
  }
  proposals.forEach(push);
  for (let index = anchor; index >= 0; index--) push(index);
  for (let index = anchor + 1; index < call.turns.length; index++) push(index);
  return views.filter((turn) => turn.speaker !== "system");
}

function valueInTurn(fullTurn: AnalysedTurn, spec: VariableSpec, call: AnalysedCall, used: Set<string>, vocabulary: Set<string>): VariableValue {
  // "Sorry, 11 am is booked up. How about 11:30 am?": the refused details are not the booking's.
  const sentences = fullTurn.sentences.filter((sentence) => !isFailureNotice(sentence.normalized) && !isUnavailabilityNotice(sentence.normalized));
  const turn = { ...fullTurn, sentences };
  switch (spec.kind) {
    case "date":
      return pickByRole(turn.sentences.flatMap((sentence) => findDates(sentence.text, call.callDate)), spec)?.date ?? null;
    case "time":
      return pickByRole(turn.sentences.flatMap((sentence) => findTimes(sentence.text, call.callDate)), spec)?.time ?? null;
    case "count":
      return firstOf(turn.sentences, (sentence) => findCount(sentence.text, spec));
    case "money":
      return firstOf(turn.sentences, (sentence) => findAmount(sentence.text));
    case "email":
      return firstOf(turn.sentences, (sentence) => findEmails(sentence.text)[0]?.text ?? null);
    case "phone":
      return firstOf(turn.sentences, (sentence) => findPhones(sentence.text)[0]?.text ?? null);
    case "address":
      return firstOf(turn.sentences, (sentence) => findAddresses(sentence.text)[0]?.text.replace(/[.,]$/, "") ?? null);
    case "boolean":
      return firstOf(turn.sentences, (sentence) => findOption(sentence.text, spec));
    case "enum":
      return firstOf(turn.sentences, (sentence) => optionIn(sentence.normalized, spec.def.options ?? []));
    case "category":
      return firstOf(turn.sentences, (sentence) => pickCategory(findCategories(sentence.text, spec, vocabulary), spec));
    case "place":
    case "name":
    case "person":
      return bestName([turn], spec, used);
    case "text":
      return firstOf(turn.sentences, (sentence) => statedValue(sentence.text, spec));
  }
}

/** "end" when an end cue is near and no start cue comes after it; "start" the other way round. */
function spanRole(before: string): "start" | "end" | null {
  const window = before.toLowerCase().slice(-CUE_WINDOW);
  const lastEnd = lastMatch(window, STRONG_END_CUE);
  const lastStart = lastMatch(window, START_CUE);
  // "return departure is 6:50 am on": a strong end cue governs a start word right after it.
  if (lastEnd >= 0 && (lastStart < 0 || lastStart - lastEnd < 12 || lastEnd > lastStart)) return "end";
  if (lastStart >= 0) return "start";
  return /\bto\s+$/.test(window) ? "end" : null;
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index ?? last;
  return last;
}

function pickByRole<T extends DateMention | TimeMention>(mentions: T[], spec: VariableSpec): T | null {
  if (mentions.length === 0) return null;
  const isEnd = (mention: T) => spanRole(mention.before) === "end";
  const isStart = (mention: T) => spanRole(mention.before) === "start";
  if (spec.role === "destination") return mentions.find(isEnd) ?? (mentions.length > 1 ? mentions.at(-1)! : null);
  if (spec.role === "origin") return mentions.find(isStart) ?? mentions.find((mention) => !isEnd(mention)) ?? null;
  return mentions.find((mention) => !isEnd(mention)) ?? mentions[0];
}

function bestName(turns: AnalysedTurn[], spec: VariableSpec, used: Set<string>): string | null {
  let best: { text: string; score: number } | null = null;
  for (const sentence of turns.flatMap((turn) => turn.sentences)) {
    for (const candidate of findNames(sentence.text)) {
      let score = scoreName(candidate, spec);
      if (used.has(candidate.text.toLowerCase())) score -= 3;
      if (!best || score > best.score) best = { text: candidate.text, score };
    }
  }
  return best && best.score >= NAME_THRESHOLD ? best.text : null;
}

/** "The confirmation code is AB12": the words of the variable's name followed by "is". */
function statedValue(sentence: string, spec: VariableSpec): string | null {
  if (spec.heads.length === 0) return null;
  const name = spec.heads.map(escapeRegExp).join("\\s+");
  const match = new RegExp(`\\b${name}\\s*(?:is|was|will be|:)\\s+([^,.;!?]+)`, "i").exec(sentence);
  return match ? match[1].trim() : null;
}

function optionIn(sentence: string, options: string[]): string | null {
  return options.find((option) => new RegExp(`\\b${escapeRegExp(option.toLowerCase())}\\b`).test(sentence)) ?? null;
}

/** Category values the call uses with their noun ("checking account"), to spot them without it later. */
function categoryVocabulary(call: AnalysedCall, specs: VariableSpec[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const spec of specs.filter((candidate) => candidate.kind === "category")) {
    for (const turn of call.turns) {
      for (const sentence of turn.sentences) {
        for (const match of findCategories(sentence.text, spec, new Set())) vocabulary.add(match.value.toLowerCase());
      }
    }
  }
  return vocabulary;
}

function firstOf<T>(sentences: AnalysedSentence[], read: (sentence: AnalysedSentence) => T | null): T | null {
  for (const sentence of sentences) {
    const value = read(sentence);
    if (value !== null) return value;
  }
  return null;
}
