import type { VariableSpec } from "./variable-kinds";

/**
 * Category-like values ("Standard car", "Economy class", "checking account") and yes/no options
 * ("with trip protection", "no insurance"), found next to the noun the variable's name is about.
 */

/**
 * Everyday synonyms for the nouns a variable name may use; general English, not a domain list.
 * Strong ones take any value before them ("economy ticket"); weak ones only a capitalised or
 * already-known value ("Economy tickets" for a seating class, not "some plant tickets").
 */
const SYNONYMS: Record<string, { strong: string[]; weak: string[] }> = {
  car: { strong: ["car", "vehicle"], weak: ["rental"] },
  seating: { strong: ["class", "seat", "seats", "seating", "cabin"], weak: ["ticket", "tickets"] },
  fare: { strong: ["ticket", "tickets", "fare"], weak: [] },
  account: { strong: ["account"], weak: [] },
  payment: { strong: ["payment", "card", "balance", "wallet"], weak: [] },
  show: { strong: ["show", "showing", "screening"], weak: ["ticket", "tickets"] },
  room: { strong: ["room", "rooms"], weak: [] },
  ticket: { strong: ["ticket", "tickets"], weak: [] },
  trip: { strong: ["trip"], weak: ["ticket", "tickets"] },
};

const NOT_A_VALUE = new Set(
  "a an the your my their our his her its this that these those one two three four five six seven eight nine ten of for with to from in on at by and or same other another new any some which what rental per each total bus train flight plane airline event movie concert game match party group adult child these trip way one-way round-trip like love more buy book reserve purchase get need want have has got available ready my is are was be".split(
    " ",
  ),
);
const CATEGORY_WORDS = new Set(["type", "class", "kind", "category", "method", "mode", "level", "tier", "plan"]);
/** Nouns that are part of the value itself: a payment method is a "debit card", not a "debit". */
const VALUE_NOUNS = new Set(["card", "balance", "wallet", "cash"]);

export interface CategoryMatch {
  value: string;
  /** Lowercase words just before the value, for from/to roles. */
  before: string;
}

function headNouns(spec: VariableSpec): string[] {
  const nouns = new Set<string>(primaryNouns(spec));
  for (const head of spec.heads) for (const synonym of SYNONYMS[head]?.weak ?? []) nouns.add(synonym);
  return [...nouns];
}

/** The variable's own nouns ("car" for car_type, "class" for seating_class); synonyms are weaker evidence. */
function primaryNouns(spec: VariableSpec): Set<string> {
  const nouns = new Set<string>(VALUE_NOUNS);
  for (const head of spec.heads) {
    nouns.add(head);
    nouns.add(`${head}s`);
    for (const synonym of SYNONYMS[head]?.strong ?? []) nouns.add(synonym);
  }
  for (const word of spec.words.split(" ")) if (CATEGORY_WORDS.has(word)) nouns.add(word);
  return nouns;
}

/** Category values in a sentence: the word before a head noun, or after "<noun> is". */
export function findCategories(sentence: string, spec: VariableSpec, vocabulary: Set<string>): CategoryMatch[] {
  const nouns = headNouns(spec);
  if (nouns.length === 0) return [];
  const primary = primaryNouns(spec);
  const alternation = nouns.map((noun) => noun.replace(/[.*+?^${}()|[\]\\]/g, "")).join("|");
  const found: CategoryMatch[] = [];
  const before = new RegExp(`\\b([A-Za-z][a-z-]+)\\s+(${alternation})\\b`, "gi");
  const after = new RegExp(`\\b(?:${alternation})(?:\\s+(?:type|class|kind|category))?\\s*(?:is|:|will be)\\s+(?:an?\\s+|the\\s+)?([A-Za-z][a-z-]+)`, "gi");
  for (const pattern of [before, after]) {
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(sentence)) !== null) {
      const value = match[1];
      const lower = value.toLowerCase();
      // "car is reserved", "booked seats": states of the thing, not kinds of it.
      if (NOT_A_VALUE.has(lower) || nouns.includes(lower) || /ed$/.test(lower) || (pattern === after && /ing$/.test(lower))) continue;
      const noun = pattern === before ? match[2].toLowerCase() : "";
      // "2 Economy tickets" names a class; "some plant tickets" does not: a synonym needs a capitalised or known value.
      if (noun && !primary.has(noun) && !/^[A-Z]/.test(value) && !vocabulary.has(lower)) continue;
      found.push({ value: VALUE_NOUNS.has(noun) ? `${value} ${match[2]}` : value, before: sentence.slice(Math.max(0, match.index - 30), match.index).toLowerCase() });
    }
  }
  // "from your checking to Abhinav's checking": a value already seen with its noun, now without it.
  for (const known of vocabulary) {
    const bare = new RegExp(`\\b${known}\\b`, "gi");
    let match: RegExpExecArray | null;
    while ((match = bare.exec(sentence)) !== null) {
      if (!found.some((candidate) => candidate.value.toLowerCase() === known)) {
        found.push({ value: match[0], before: sentence.slice(Math.max(0, match.index - 30), match.index).toLowerCase() });
      }
    }
  }
  return found;
}

const ORIGIN_CONTEXT = /\b(?:from|fom|out of|source|debit)\b(?:\s+\w+){0,2}\s*$/;
const DESTINATION_CONTEXT = /\b(?:to|into|their|his|her|recipient'?s?|receiver'?s?)\b(?:\s+\w+){0,2}\s*$|'s\s*$/;

/** Picks the match whose surrounding words fit the variable's role (from … / to …). */
export function pickCategory(matches: CategoryMatch[], spec: VariableSpec): string | null {
  if (matches.length === 0) return null;
  const isOrigin = (match: CategoryMatch) => ORIGIN_CONTEXT.test(match.before);
  const isDestination = (match: CategoryMatch) => DESTINATION_CONTEXT.test(match.before) && !isOrigin(match);
  if (spec.role === "origin") return (matches.find(isOrigin) ?? matches.find((match) => !isDestination(match)))?.value ?? null;
  if (spec.role === "destination") return matches.find(isDestination)?.value ?? null;
  return matches[0].value;
}

const YES_CUE = /\b(?:with|add|adding|include|including|want|wants|yes|plus|need|needs|and)\s+(?:\w+\s+){0,2}$/;
const NO_CUE = /\b(?:without|no|not|don't|do not|skip|decline|declined|exclude|excluding)\s+(?:\w+\s+){0,2}$/;

/** "with trip protection" → "True", "without insurance" → "False"; null when the option is not mentioned. */
export function findOption(sentence: string, spec: VariableSpec): string | null {
  const nouns = spec.heads.filter((head) => !CATEGORY_WORDS.has(head));
  if (nouns.length === 0) return null;
  const lower = sentence.toLowerCase();
  const pattern = new RegExp(`\\b(?:${nouns.join("|")})`, "g");
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(lower)) !== null) {
    const before = lower.slice(Math.max(0, match.index - 40), match.index);
    if (NO_CUE.test(before)) return "False";
    if (YES_CUE.test(before)) return "True";
  }
  return null;
}
