import type { EndReason } from "@/lib/conversations/input-schema";

/**
 * ElevenLabs' `termination_reason` is free text ("Call ended by remote party", "end_call tool was
 * called.", "Client disconnected: 1000", "Max duration exceeded"...), so it is matched by pattern,
 * most specific first. A failed conversation is "failed" whatever the text; no text is "completed";
 * text that matches nothing is "other", as for the other providers' unknown reasons.
 */
const PATTERNS: [RegExp, EndReason][] = [
  [/voicemail|answering machine/i, "voicemail"],
  [/no[ -_]?answer|not answered/i, "no-answer"],
  [/busy/i, "busy"],
  [/transfer/i, "transferred"],
  [/error|fail/i, "failed"],
  [/max(imum)?[ _]duration|time[ -_]?out|timed out|silence|inactiv/i, "timeout"],
  [/end_call|agent/i, "agent-ended"],
  [/remote party|client disconnected|user|caller|customer|hung up|hangup/i, "customer-ended"],
];

export function elevenLabsEndReason(terminationReason: string | null | undefined, status: string | null | undefined): EndReason {
  if (status === "failed") return "failed";
  const text = terminationReason?.trim();
  if (!text) return "completed";
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? "other";
}
