/**
 * Splitting a transcript too long for the model's context window. Nothing is cut or dropped:
 * chunks are consecutive runs of transcript lines that keep their turn numbers, and each chunk
 * repeats the last few lines of the one before so an exchange across the boundary is seen whole.
 * A single turn longer than a whole chunk is split into numbered pieces that keep its turn number.
 */
import type { Turn } from "../types";
import { neutraliseTurnText } from "./prompt";

/** A rough count that needs no tokenizer: English text averages about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export interface TranscriptLine {
  turn: number;
  text: string;
  tokens: number;
}

/** Lines [start, end) of the transcript lines. */
export interface ChunkRange {
  start: number;
  end: number;
}

export const DEFAULT_OVERLAP_LINES = 2;

/** Cuts `text` into pieces of at most `maxChars`, at a space when there is one in reach. */
function splitText(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(" ", maxChars);
    const cut = space > maxChars / 2 ? space : maxChars;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  return [...pieces, rest];
}

/** One line per turn (`[3] customer: …`), or several pieces for a turn longer than `maxTokens`. */
export function toTranscriptLines(transcript: Turn[], maxTokens: number): TranscriptLine[] {
  return transcript.flatMap((turn, index) => {
    const text = neutraliseTurnText(turn.text);
    const whole = `[${index}] ${turn.speaker}: ${text}`;
    if (estimateTokens(whole) + 1 <= maxTokens) return [{ turn: index, text: whole, tokens: estimateTokens(whole) + 1 }];
    const pieces = splitText(text, Math.max(1, (maxTokens - 16) * 4));
    return pieces.map((piece, p) => {
      const line = `[${index}] ${turn.speaker} (part ${p + 1}/${pieces.length}): ${piece}`;
      return { turn: index, text: line, tokens: estimateTokens(line) + 1 };
    });
  });
}

/**
 * Greedy split of lines into ranges whose tokens stay within `budget`. The next range starts
 * `overlap` lines before the previous one ended, fewer if the overlap would leave no room for a
 * new line, so every range makes progress.
 */
export function planChunks(lines: Pick<TranscriptLine, "tokens">[], budget: number, overlap = DEFAULT_OVERLAP_LINES): ChunkRange[] {
  const n = lines.length;
  if (n === 0) return [{ start: 0, end: 0 }];
  const ranges: ChunkRange[] = [];
  let start = 0;
  for (;;) {
    let end = start;
    let used = 0;
    // A line over budget (only if the caller did not split it) still goes alone, never dropped.
    while (end < n && (end === start || used + lines[end].tokens <= budget)) used += lines[end++].tokens;
    ranges.push({ start, end });
    if (end >= n) return ranges;
    let next = Math.max(start + 1, end - overlap);
    while (next < end && tokensIn(lines, next, end + 1) > budget) next++;
    start = next;
  }
}

function tokensIn(lines: Pick<TranscriptLine, "tokens">[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += lines[i].tokens;
  return total;
}
