import type { ConversationInput, TurnInput } from "@/lib/conversations/input-schema";
import { conversationMapped, debriefAgentId, httpUrl, isoFromMs, parsePayload, type Mapped } from "@/integrations/call-providers/types";
import { retellEndReason } from "./end-reason";
import { retellCallEventSchema, retellEnvelopeSchema, type RetellUtterance } from "./schema";

const SPEAKERS = new Map<string, TurnInput["speaker"]>([
  ["agent", "agent"],
  ["user", "customer"],
]);

/**
 * call_ended and call_analyzed describe the same call and map to the same externalId; ingest is
 * idempotent by externalId, so whichever arrives second is a duplicate. call_analyzed carries
 * call_analysis, kept in metadata. Everything else (call_started, transcript_updated, transfer_*) is ignored.
 */
export function mapRetell(payload: unknown): Mapped {
  const { event } = parsePayload(retellEnvelopeSchema, payload);
  if (event !== "call_ended" && event !== "call_analyzed") {
    return { kind: "ignored", reason: `Retell "${event}" events are not recorded; only call_ended and call_analyzed are` };
  }
  const { call } = parsePayload(retellCallEventSchema, payload);
  const outbound = call.direction === "outbound";
  // The agent's line is the number dialled on inbound calls and the caller ID on outbound ones.
  const agentNumber = outbound ? call.from_number : call.to_number;
  const contactNumber = outbound ? call.to_number : call.from_number;
  const durationMs = call.duration_ms ?? (call.start_timestamp != null && call.end_timestamp != null ? call.end_timestamp - call.start_timestamp : null);

  const conversation: ConversationInput = {
    externalId: `retell:${call.call_id}`,
    agentId: debriefAgentId(call.metadata),
    agentPhoneNumber: agentNumber || null,
    source: "retell",
    // web_call has no direction; a browser user reaching the agent is closest to inbound.
    direction: outbound ? "outbound" : "inbound",
    startedAt: isoFromMs(call.start_timestamp),
    endedAt: isoFromMs(call.end_timestamp),
    durationSeconds: durationMs != null && durationMs >= 0 ? durationMs / 1000 : null,
    endReason: retellEndReason(call.disconnection_reason, call.call_analysis?.in_voicemail),
    contact: contactNumber ? { phone: contactNumber } : null,
    recordingUrl: httpUrl(call.recording_url),
    metadata: {
      retell: {
        callId: call.call_id,
        agentId: call.agent_id ?? null,
        callType: call.call_type ?? null,
        disconnectionReason: call.disconnection_reason ?? null,
        callAnalysis: call.call_analysis ?? null,
        dynamicVariables: call.retell_llm_dynamic_variables ?? null,
        metadata: call.metadata ?? null,
      },
    },
    transcript: (call.transcript_object ?? []).flatMap(toTurn),
  };
  return conversationMapped(conversation, `retell:${call.call_id}:${event}`, "call.metadata.debriefAgentId");
}

/** Word timings are seconds from the call start: the first word's start and last word's end bound the turn. */
function toTurn(utterance: RetellUtterance): TurnInput[] {
  const speaker = SPEAKERS.get(utterance.role);
  const text = utterance.content?.trim();
  if (!speaker || !text) return [];
  const words = utterance.words ?? [];
  const toMs = (seconds: number | null | undefined) => (seconds != null && seconds >= 0 ? Math.round(seconds * 1000) : null);
  return [{ speaker, text, startMs: toMs(words[0]?.start), endMs: toMs(words[words.length - 1]?.end) }];
}
