import type { Evidence, Turn } from "../types";

/**
 * Keeps only the quotes that really occur in the turn they cite. Matching ignores case,
 * whitespace and curly versus straight quotes, so a quote an engine re-spaced still counts.
 */

export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function isQuoteInTurn(evidence: Evidence, transcript: Turn[]): boolean {
  if (!Number.isInteger(evidence.turn) || evidence.turn < 0 || evidence.turn >= transcript.length) return false;
  const quote = normalizeQuoteText(typeof evidence.quote === "string" ? evidence.quote : "");
  if (quote.length === 0) return false;
  return normalizeQuoteText(transcript[evidence.turn].text ?? "").includes(quote);
}

export interface CheckedEvidence {
  kept: Evidence[];
  dropped: number;
}

export function checkEvidence(evidence: Evidence[] | undefined, transcript: Turn[]): CheckedEvidence {
  const list = Array.isArray(evidence) ? evidence : [];
  const kept = list
    .filter((item) => isQuoteInTurn(item, transcript))
    .map((item) => ({ turn: item.turn, quote: item.quote.trim() }));
  return { kept, dropped: list.length - kept.length };
}

/** Adds a clause to a one-sentence rationale, before its final full stop. */
export function appendToRationale(rationale: string, clause: string): string {
  const base = (rationale ?? "").trim().replace(/[.!]+$/, "");
  return base ? `${base} (${clause}).` : `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}
