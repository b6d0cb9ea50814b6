/**
 * Splits a turn's text into plain and highlighted segments for the evidence quotes that cite it.
 * Matching is as forgiving as the evaluator's evidence check (lib/evaluation/finalize/check-evidence):
 * case, runs of whitespace and curly versus straight quotes do not matter. Every occurrence of
 * every quote is marked; overlapping or touching matches merge into one segment.
 */

export interface Segment {
  text: string;
  marked: boolean;
}

const FOLD: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..." };

/** The folded text and, for each folded character, the index of the original character it came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += " ";
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    for (const out of (FOLD[ch] ?? ch).toLowerCase()) {
      folded += out;
      origin.push(i);
    }
  }
  return { folded, origin };
}

/** Original [start, end) ranges where the quotes occur, sorted and merged. */
export function findQuoteRanges(text: string, quotes: readonly string[]): [number, number][] {
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    const needle = fold(quote).folded.trim();
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      ranges.push([origin[at], origin[at + needle.length - 1] + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function highlightSegments(text: string, quotes: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of findQuoteRanges(text, quotes)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
