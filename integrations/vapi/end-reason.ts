import type { EndReason } from "@/lib/conversations/input-schema";

/**
 * Vapi `endedReason` values with a meaning of their own; the long tail is handled by pattern below.
 * A Map rather than an object literal, so a reason like "constructor" finds nothing on Object.prototype.
 */
const EXACT = new Map<string, EndReason>([
  ["customer-ended-call", "customer-ended"],
  ["assistant-ended-call", "agent-ended"],
  ["assistant-said-end-call-phrase", "agent-ended"],
  ["assistant-ended-call-after-message-spoken", "agent-ended"],
  ["assistant-ended-call-with-hangup-task", "agent-ended"],
  ["voicemail", "voicemail"],
  ["customer-did-not-answer", "no-answer"],
  ["customer-busy", "busy"],
  ["assistant-forwarded-call", "transferred"],
  ["silence-timed-out", "timeout"],
  ["exceeded-max-duration", "timeout"],
  ["customer-did-not-give-microphone-permission", "failed"],
  ["manually-canceled", "other"],
]);

/**
 * Vapi has hundreds of reasons, most of them failures named by the component that failed
 * (`pipeline-error-openai-llm-failed`, `call.in-progress.error-vapifault-…`, `twilio-failed-to-connect-call`),
 * so anything mentioning an error or a failure is "failed". An unknown reason is "other", not
 * "completed": Debrief must not claim a call ended normally when it cannot tell. No reason at all
 * (an older payload) is "completed".
 */
export function vapiEndReason(endedReason: string | null | undefined): EndReason {
  if (!endedReason) return "completed";
  const exact = EXACT.get(endedReason);
  if (exact) return exact;
  if (/error|fail|fault/i.test(endedReason)) return "failed";
  if (/voicemail/i.test(endedReason)) return "voicemail";
  if (/forward|transfer/i.test(endedReason)) return "transferred";
  if (/timed-out|timeout|max-duration/i.test(endedReason)) return "timeout";
  return "other";
}
