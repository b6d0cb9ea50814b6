import type { Speaker, Turn } from "./types";

/**
 * Plain-text transcripts ("Agent: Hello", "Customer: Hi") into turns. Speaker labels are matched
 * case-insensitively; a line without a known label continues the previous turn.
 */

const AGENT_LABELS = new Set(["agent", "ai", "assistant", "bot", "system agent", "virtual assistant", "rep", "representative"]);
const CUSTOMER_LABELS = new Set(["customer", "user", "caller", "human", "client", "contact", "prospect", "lead", "patient"]);
const SYSTEM_LABELS = new Set(["system"]);

/** Maps a speaker label to the contract's speaker, or null if it is not one we know. */
export function speakerFromLabel(label: string): Speaker | null {
  const key = label.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (AGENT_LABELS.has(key)) return "agent";
  if (CUSTOMER_LABELS.has(key)) return "customer";
  if (SYSTEM_LABELS.has(key)) return "system";
  return null;
}

const LINE = /^\s*(?:\[[^\]]*\]\s*)?([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*)$/;

export function parseTranscriptText(text: string): Turn[] {
  const turns: Turn[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const match = LINE.exec(line);
    const speaker = match ? speakerFromLabel(match[1]) : null;
    if (match && speaker) {
      turns.push({ speaker, text: match[2].trim() });
    } else if (turns.length > 0) {
      const last = turns[turns.length - 1];
      last.text = `${last.text} ${line.trim()}`.trim();
    }
  }
  return turns.filter((turn) => turn.text.length > 0);
}
