/** Small text helpers shared by the local engine's detectors. */

/** Abbreviations whose trailing dot does not end a sentence. */
const ABBREVIATIONS = /\b(?:dr|mr|mrs|ms|st|ave|blvd|rd|no|jr|sr|inc|ltd|co|vs|m\.d|d\.o|a\.m|p\.m|e\.g|i\.e|etc|apt|ste|mt|ft)\.$/i;

/** A sentence of a turn, with its offset so quotes can be cut from the original text. */
export interface Sentence {
  text: string;
  lower: string;
  start: number;
}

/** Splits a turn into sentences on . ! ? followed by a space, keeping abbreviations and decimals intact. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["')\]]*\s+/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text)) !== null) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    // "Dr. Smith", "M.D. is", "Ave. and": not the end of a sentence.
    if (ABBREVIATIONS.test(candidate) || /\b[A-Z]\.$/.test(candidate)) continue;
    pushSentence(sentences, text, start, end);
    start = match.index + match[0].length;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(into: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed) return;
  const offset = start + raw.indexOf(trimmed);
  into.push({ text: trimmed, lower: trimmed.toLowerCase(), start: offset });
}

/** Lowercase, straight quotes, single spaces: the form every cue regex runs against. */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Words of a text, lowercased, apostrophes kept ("don't"). */
export function words(text: string): string[] {
  return normalizeForMatching(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, a: 1, an: 1, single: 1,
  couple: 2, pair: 2,
};

/** "3", "three", "a" → 3; anything else → null. */
export function parseSmallNumber(token: string): number | null {
  const lower = token.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return lower in SMALL_NUMBERS ? SMALL_NUMBERS[lower] : null;
}

export const NUMBER_WORD_PATTERN =
  "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
