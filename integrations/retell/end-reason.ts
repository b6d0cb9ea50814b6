import type { EndReason } from "@/lib/conversations/input-schema";

/** Retell `disconnection_reason` values (docs.retellai.com, "Disconnection reason"); a Map, as in vapi/end-reason.ts. */
const EXACT = new Map<string, EndReason>([
  ["user_hangup", "customer-ended"],
  ["agent_hangup", "agent-ended"],
  ["call_transfer", "transferred"],
  ["transfer_bridged", "transferred"],
  ["voicemail_reached", "voicemail"],
  ["inactivity", "timeout"],
  ["max_duration_reached", "timeout"],
  ["registered_call_timeout", "timeout"],
  ["dial_busy", "busy"],
  ["dial_no_answer", "no-answer"],
  ["user_declined", "no-answer"],
  ["dial_failed", "failed"],
  ["invalid_destination", "failed"],
  ["concurrency_limit_reached", "failed"],
  ["no_valid_payment", "failed"],
  ["scam_detected", "failed"],
  ["marked_as_spam", "failed"],
  ["sip_routing_error", "failed"],
]);

/**
 * `error_*` and `telephony_*` reasons are failures. Retell's own analysis wins on voicemail:
 * a call whose agent hung up on an answering machine is a voicemail, not an agent-ended call.
 * An unknown reason is "other"; a missing one "completed".
 */
export function retellEndReason(reason: string | null | undefined, inVoicemail?: boolean | null): EndReason {
  if (inVoicemail) return "voicemail";
  if (!reason) return "completed";
  return EXACT.get(reason) ?? (/^(error|telephony)_/.test(reason) ? "failed" : "other");
}
