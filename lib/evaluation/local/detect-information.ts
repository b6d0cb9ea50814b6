import type { AnalysedCall, AnalysedSentence, AnalysedTurn } from "./analyse-call";
import { findDates, findTimes } from "./dates";
import type { Cue } from "./detect-transaction";
import {
  findAddresses,
  findEmails,
  findMoney,
  findPhones,
  findPlaces,
  findRatings,
  findWebsites,
  type ValueMatch,
} from "./detect-values";
import type { InfoItem, InfoRole } from "./requirements";

/** Whether one requested piece of information was actually stated, and where. */
export interface ItemFinding {
  item: InfoItem;
  cue: Cue | null;
  value: string | null;
}

const ORIGIN_CUE = /\b(?:from|depart\w*|leav\w*|origin\w*|board\w*|pick(?:ing)?[- ]?up|outbound|starting)\b/;
const DESTINATION_CUE = /\b(?:arriv\w*|destination|to|reach\w*|land\w*|get(?:s|ting)? (?:in|there)|drop(?:ping)?[- ]?off|inbound|into)\b/;
/** A balance is an amount tied to the word: "balance is $X", "balance of $X", "you have $X", "$X available". */
const BALANCE_STATEMENT =
  /\bbalance\b[^.?!$]{0,40}?(?:is|of|shows|stands at|:)\s*(?:a\s+(?:balance\s+of\s+)?)?\$\s?\d|\byou (?:have|currently have|now have)\s+(?:a balance of\s+)?\$\s?\d|\$\s?\d[\d,.]*\s+(?:is\s+)?(?:available|remaining|left)\b|\bbalance of \$\s?\d|\$\s?\d[\d,.]*\s+in (?:your|the) (?:\w+ )?(?:account|savings|checking)/i;

/** What a customer says when asking for an item, and the looser value that then counts as the answer. */
const ANSWER_RULES: Partial<Record<InfoItem["kind"], { asked: RegExp; value: RegExp }>> = {
  address: { asked: /\b(?:address|where (?:is|are)|located|location)\b/, value: /\b\d+[a-z]?\s+[A-Za-z][\w'.-]*/ },
  phone: { asked: /\b(?:phone|number|contact|call them)\b/, value: /(?:\d[\s.()-]*){7,}/ },
  price: { asked: /\b(?:price|cost|how much|total|fare|charge)\b/, value: /\d/ },
  station: { asked: /\bstations?\b/, value: /\b(?:from|at|is|be|to)\s+(?:the\s+)?[A-Z][\w'.&-]*/ },
  airport: { asked: /\bairports?\b/, value: /\b(?:from|at|is|be|to)\s+(?:the\s+)?[A-Z][\w'.&-]*/ },
};

export function detectItems(call: AnalysedCall, items: InfoItem[], speaker: "agent" | "customer"): ItemFinding[] {
  const turns = speaker === "agent" ? call.agentTurns : call.customerTurns;
  const findings = items.map((item): ItemFinding => ({ item, cue: null, value: null }));
  const roleItems = findings.filter((finding) => finding.item.kind === "station" || finding.item.kind === "airport");
  for (const finding of findings) {
    if (roleItems.includes(finding)) continue;
    for (const turn of turns) {
      const hit = findInTurn(call, turn, finding.item);
      if (hit) {
        Object.assign(finding, hit);
        break;
      }
    }
  }
  if (roleItems.length > 0) assignPlaces(call, turns, roleItems);
  return findings;
}

function findInTurn(call: AnalysedCall, turn: AnalysedTurn, item: InfoItem): Pick<ItemFinding, "cue" | "value"> | null {
  for (const sentence of turn.sentences) {
    const value = valueIn(call, sentence, item);
    if (value) return { cue: { turn: turn.index, quote: sentence.text }, value };
  }
  return answerTo(call, turn, item);
}

/** "What's the address?" "1 Blue jays way.": a direct answer counts even when the value is loosely written. */
function answerTo(call: AnalysedCall, turn: AnalysedTurn, item: InfoItem): Pick<ItemFinding, "cue" | "value"> | null {
  const rule = ANSWER_RULES[item.kind];
  const question = call.turns[turn.index - 1];
  if (!rule || !question || question.speaker === turn.speaker || !rule.asked.test(question.normalized)) return null;
  for (const sentence of turn.sentences) {
    const value = rule.value.exec(sentence.text);
    if (value && !sentence.normalized.endsWith("?")) return { cue: { turn: turn.index, quote: sentence.text }, value: value[0] };
  }
  return null;
}

function valueIn(call: AnalysedCall, sentence: AnalysedSentence, item: InfoItem): string | null {
  const text = sentence.text;
  switch (item.kind) {
    case "phone":
      return first(findPhones(text));
    case "email":
      return first(findEmails(text));
    case "website":
      return first(findWebsites(text));
    case "address":
      return first(findAddresses(text));
    case "price":
      return first(findMoney(text));
    case "balance":
      return BALANCE_STATEMENT.test(text) ? first(findMoney(text)) : null;
    case "rating":
      return first(findRatings(text));
    case "time":
      return findTimes(text, call.callDate)[0]?.text ?? null;
    case "date":
      return findDates(text, call.callDate)[0]?.text ?? null;
    case "generic":
      return genericValue(sentence, item);
    default:
      return null;
  }
}

/** An item we have no detector for: a statement naming one of its words next to a concrete value. */
function genericValue(sentence: AnalysedSentence, item: InfoItem): string | null {
  if (sentence.normalized.endsWith("?")) return null;
  const named = item.keywords.some((keyword) => new RegExp(`\\b${keyword.slice(0, Math.max(4, keyword.length - 2))}`).test(sentence.normalized));
  if (!named) return null;
  const value = /\d[\d:.,]*|\b(?!I\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/.exec(sentence.text.slice(1));
  return value ? value[0] : null;
}

interface PlaceMention {
  name: string;
  role: InfoRole;
  cue: Cue;
}

/** Stations and airports come in pairs (where from, where to): tell them apart by the words around them. */
function assignPlaces(call: AnalysedCall, turns: AnalysedTurn[], findings: ItemFinding[]): void {
  const mentions: PlaceMention[] = [];
  for (const turn of turns) {
    const askedRole = roleAskedBefore(call, turn.index);
    for (const sentence of turn.sentences) {
      for (const finding of findings) {
        const type = finding.item.kind === "airport" ? "airport" : "station";
        const places = findPlaces(sentence.text, type);
        if (places.length === 0) places.push(...placesAnsweringQuestion(call, turn, sentence.text, finding.item));
        for (const place of places) {
          const role = roleAround(sentence.text, place) ?? askedRole;
          mentions.push({ name: place.text, role, cue: { turn: turn.index, quote: sentence.text } });
        }
      }
    }
  }
  for (const finding of findings) {
    const mention = mentions.find((candidate) => candidate.role === finding.item.role && finding.item.role !== null);
    if (mention) Object.assign(finding, { cue: mention.cue, value: mention.name });
  }
  // A place whose role the words do not settle fills whichever role is still missing.
  const used = new Set(findings.map((finding) => finding.value?.toLowerCase()).filter(Boolean));
  for (const finding of findings) {
    if (finding.cue) continue;
    const spare = mentions.find((candidate) => !used.has(candidate.name.toLowerCase()) && (candidate.role === null || finding.item.role === null));
    if (!spare) continue;
    Object.assign(finding, { cue: spare.cue, value: spare.name });
    used.add(spare.name.toLowerCase());
  }
}

/** "Which station do I leave from?" "You depart from Union Plaza.": a capitalised name in the answer. */
function placesAnsweringQuestion(call: AnalysedCall, turn: AnalysedTurn, sentence: string, item: InfoItem): ValueMatch[] {
  const rule = ANSWER_RULES[item.kind];
  const question = call.turns[turn.index - 1];
  if (!rule || !question || question.speaker === turn.speaker || !rule.asked.test(question.normalized)) return [];
  const names = /\b(?:from|at|is|be|to)\s+(?:the\s+)?([A-Z][\w'.&-]*(?:\s+(?:of|de|la|&|[A-Z][\w'.&-]*))*)/g;
  const found: ValueMatch[] = [];
  let match: RegExpExecArray | null;
  while ((match = names.exec(sentence)) !== null) found.push({ text: match[1], index: match.index + match[0].length - match[1].length });
  return found;
}

function roleAround(sentence: string, place: ValueMatch): InfoRole {
  // The clause the place sits in: back to the previous comma, "and" or sentence start.
  const before = sentence.slice(0, place.index).toLowerCase();
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(" and "), before.lastIndexOf(";"));
  const clause = before.slice(clauseStart + 1);
  const origin = lastIndexOf(clause, ORIGIN_CUE);
  const destination = lastIndexOf(clause, DESTINATION_CUE);
  if (origin < 0 && destination < 0) return null;
  return origin > destination ? "origin" : "destination";
}

/** "Which station do I leave from?": the role the customer just asked about, if only one. */
function roleAskedBefore(call: AnalysedCall, turnIndex: number): InfoRole {
  const previous = call.turns[turnIndex - 1];
  if (!previous || previous.speaker === "agent") return null;
  const origin = ORIGIN_CUE.test(previous.normalized);
  const destination = DESTINATION_CUE.test(previous.normalized.replace(/\b(?:want|need|like|going|have) to\b/g, ""));
  if (origin === destination) return null;
  return origin ? "origin" : "destination";
}

function lastIndexOf(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, "g");
  let last = -1;
  let match: RegExpExecArray | null;
  while ((match = global.exec(text)) !== null) last = match.index;
  return last;
}

function first(matches: ValueMatch[]): string | null {
  return matches[0]?.text ?? null;
}
