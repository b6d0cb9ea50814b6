import { findMoney } from "./detect-values";
import { NUMBER_WORD_PATTERN, parseSmallNumber } from "./text";
import type { VariableSpec } from "./variable-kinds";

/**
 * Counts ("3 tickets", "a table for 2", "four of us") and money amounts ("$1,780", "650 bucks")
 * for numeric output variables.
 */

/** Nouns that count people, so "tickets for 4 people" answers "number_of_passengers" too. */
const PEOPLE = "people|persons?|guests?|adults?|passengers?|travell?ers?|tickets?|seats?|diners?|attendees?|riders?|individuals?|members?|pax";
const NOUN_GROUPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:people|persons?|guests?|adults?|passengers?|travell?ers?|tickets?|seats?|party|diners?|attendees?|riders?|group)\b/, PEOPLE],
  [/\brooms?\b/, "rooms?"],
  [/\b(?:nights?|days?|length|duration|stay)\b/, "nights?|days?"],
];

/** The count a sentence gives for the thing the variable counts, or null. */
export function findCount(sentence: string, spec: VariableSpec): number | null {
  const nouns = nounsOf(spec);
  const number = `(${NUMBER_WORD_PATTERN})`;
  const patterns = [
    new RegExp(`\\b${number}\\s+(?:[a-z]+\\s+){0,2}?(?:${nouns})\\b`, "i"),
    // "a ticket", "an adult": only right before the noun, so "an economy ticket for 4" reads 4.
    new RegExp(`\\b(a|an)\\s+(?:${nouns})\\b(?!\\s+for\\s+\\d)`, "i"),
    new RegExp(`\\b(?:${nouns})\\s*(?:is|are|:|of|for|=)\\s*${number}\\b`, "i"),
  ];
  if (nouns === PEOPLE || /\b(?:party|size|people|guests|adults)\b/.test(spec.words)) {
    // "a table for 2", "a house for 1", "four of us", "party of 6".
    patterns.push(new RegExp(`\\b(?:for|party of|group of)\\s+${number}\\b(?!\\s*(?::|am|pm|days?|nights?|rooms?|o'clock|dollars|\\$|%))`, "i"));
    patterns.push(new RegExp(`\\b${number}\\s+of us\\b`, "i"));
  }
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "gi");
    for (const match of sentence.matchAll(global)) {
      // "instead of two tickets you want 1": the replaced number is not the answer.
      if (/\b(?:instead of|rather than|not|change(?:d)? from)\s*$/i.test(sentence.slice(0, match.index))) continue;
      const value = parseSmallNumber(match[1]);
      if (value !== null && value > 0 && value < 1000) return value;
    }
  }
  return null;
}

function nounsOf(spec: VariableSpec): string {
  for (const [test, nouns] of NOUN_GROUPS) if (test.test(spec.words)) return nouns;
  const head = spec.heads.at(-1);
  return head ? `${head.replace(/s$/, "")}s?` : PEOPLE;
}

/** The first money amount in a sentence as a number ("$1,780" → 1780). */
export function findAmount(sentence: string): number | null {
  const match = findMoney(sentence)[0];
  if (!match) return null;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(match.text);
  if (!digits) return null;
  let value = Number(digits[0].replace(/,/g, ""));
  if (/\bk\b|thousand/i.test(match.text)) value *= 1000;
  if (/million/i.test(match.text)) value *= 1_000_000;
  return Number.isFinite(value) ? value : null;
}
