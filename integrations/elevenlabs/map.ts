import type { ConversationInput, TurnInput } from "@/lib/conversations/input-schema";
import { conversationMapped, debriefAgentId, isoFromMs, parsePayload, type Mapped } from "@/integrations/call-providers/types";
import { elevenLabsEndReason } from "./end-reason";
import { elevenLabsEnvelopeSchema, elevenLabsTranscriptionSchema, type ElevenLabsTurn } from "./schema";

const SPEAKERS = new Map<string, TurnInput["speaker"]>([
  ["agent", "agent"],
  ["user", "customer"],
]);

/**
 * Only post_call_transcription is a conversation. post_call_audio repeats the call as base64 audio,
 * and call_initiation_failure has no transcript and keeps its phone numbers inside a
 * telephony-specific body whose shape is not documented well enough to rely on: both are ignored.
 */
export function mapElevenLabs(payload: unknown): Mapped {
  const { type } = parsePayload(elevenLabsEnvelopeSchema, payload);
  if (type !== "post_call_transcription") {
    return { kind: "ignored", reason: `ElevenLabs "${type}" webhooks are not recorded; only post_call_transcription is` };
  }
  const { data } = parsePayload(elevenLabsTranscriptionSchema, payload);
  const meta = data.metadata;
  const phone = meta?.phone_call;
  const startMs = meta?.start_time_unix_secs != null ? meta.start_time_unix_secs * 1000 : null;
  const durationSeconds = meta?.call_duration_secs ?? null;

  const conversation: ConversationInput = {
    externalId: `elevenlabs:${data.conversation_id}`,
    agentId: debriefAgentId(data.conversation_initiation_client_data?.dynamic_variables),
    agentPhoneNumber: phone?.agent_number || null,
    source: "elevenlabs",
    // Widget and web conversations have no phone_call; a user reaching the agent is closest to inbound.
    direction: phone?.direction === "outbound" ? "outbound" : "inbound",
    startedAt: isoFromMs(startMs),
    endedAt: startMs != null && durationSeconds != null ? isoFromMs(startMs + durationSeconds * 1000) : null,
    durationSeconds,
    endReason: elevenLabsEndReason(meta?.termination_reason, data.status),
    contact: phone?.external_number ? { phone: phone.external_number } : null,
    recordingUrl: null, // audio arrives only as base64 in post_call_audio, never as a URL
    metadata: {
      elevenlabs: {
        conversationId: data.conversation_id,
        agentId: data.agent_id ?? null,
        status: data.status ?? null,
        terminationReason: meta?.termination_reason ?? null,
        callSid: phone?.call_sid ?? null,
        telephony: phone?.type ?? null,
        cost: meta?.cost ?? null,
        analysis: data.analysis ?? null,
      },
    },
    transcript: toTurns(data.transcript ?? [], durationSeconds),
  };
  return conversationMapped(conversation, `elevenlabs:${data.conversation_id}`, "data.conversation_initiation_client_data.dynamic_variables.debriefAgentId");
}

/**
 * ElevenLabs gives only each turn's start, so a turn ends where the next entry begins (tool-call
 * entries included: speech stopped for them) and the last turn at the end of the call.
 */
function toTurns(entries: ElevenLabsTurn[], durationSeconds: number | null): TurnInput[] {
  const toMs = (seconds: number | null | undefined) => (seconds != null && seconds >= 0 ? Math.round(seconds * 1000) : null);
  const callEndMs = toMs(durationSeconds);
  return entries.flatMap((entry, i) => {
    const speaker = SPEAKERS.get(entry.role);
    const text = entry.message?.trim();
    if (!speaker || !text) return []; // tool-only entries carry no speech
    const startMs = toMs(entry.time_in_call_secs);
    const nextMs = entries.slice(i + 1).map((e) => toMs(e.time_in_call_secs)).find((ms) => ms != null && startMs != null && ms > startMs);
    const endMs = nextMs ?? (startMs != null && callEndMs != null && callEndMs >= startMs ? callEndMs : null);
    return [{ speaker, text, startMs, endMs }];
  });
}
