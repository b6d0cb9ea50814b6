import type { ConversationInput, TurnInput } from "@/lib/conversations/input-schema";
import { conversationMapped, debriefAgentId, httpUrl, isoFromMs, parsePayload, type Mapped } from "@/integrations/call-providers/types";
import { vapiEndReason } from "./end-reason";
import { vapiEndOfCallReportSchema, vapiEnvelopeSchema, type VapiArtifactMessage, type VapiEndOfCallReport } from "./schema";

/** Vapi roles → Debrief speakers; tool_calls / tool_call_result are not speech and are skipped. */
const SPEAKERS = new Map<string, TurnInput["speaker"]>([
  ["bot", "agent"],
  ["assistant", "agent"],
  ["user", "customer"],
  ["system", "system"],
]);

export function mapVapi(payload: unknown): Mapped {
  const { type } = parsePayload(vapiEnvelopeSchema, payload).message;
  if (type !== "end-of-call-report") {
    return { kind: "ignored", reason: `Vapi "${type}" messages are not recorded; only end-of-call-report is` };
  }
  const message = parsePayload(vapiEndOfCallReportSchema, payload).message;
  const { call } = message;
  // Re-serialised so any date Vapi sends (with or without milliseconds or offset) reaches Debrief as ISO 8601.
  const startedAt = isoFromMs(Date.parse(message.startedAt ?? call.startedAt ?? ""));
  const endedAt = isoFromMs(Date.parse(message.endedAt ?? call.endedAt ?? ""));
  const customer = message.customer ?? call.customer;

  const conversation: ConversationInput = {
    externalId: `vapi:${call.id}`,
    agentId: debriefAgentId(call.metadata, message.assistant?.metadata),
    // The Vapi number is the agent's line: inbound callers dial it, outbound calls come from it.
    agentPhoneNumber: message.phoneNumber?.number ?? call.phoneNumber?.number ?? null,
    source: "vapi",
    // webCall has no direction; a browser user reaching the assistant is closest to inbound.
    direction: call.type === "outboundPhoneCall" ? "outbound" : "inbound",
    startedAt,
    endedAt,
    durationSeconds: message.durationSeconds ?? secondsBetween(startedAt, endedAt),
    endReason: vapiEndReason(message.endedReason),
    contact: customer?.number || customer?.name ? { phone: customer.number ?? null, name: customer.name ?? null } : null,
    recordingUrl: recordingUrl(message),
    metadata: {
      vapi: {
        callId: call.id,
        callType: call.type ?? null,
        assistantId: call.assistantId ?? message.assistant?.id ?? null,
        phoneNumberId: call.phoneNumberId ?? null,
        endedReason: message.endedReason ?? null,
        summary: message.summary ?? null,
        analysis: message.analysis ?? null,
        cost: message.cost ?? null,
      },
    },
    transcript: (message.artifact?.messages ?? []).flatMap(toTurn),
  };
  return conversationMapped(conversation, `vapi:${call.id}`, "message.call.metadata.debriefAgentId");
}

function toTurn(m: VapiArtifactMessage): TurnInput[] {
  const speaker = SPEAKERS.get(m.role);
  const text = m.message?.trim();
  if (!speaker || !text) return [];
  // secondsFromStart is already relative to the call start; duration is in milliseconds.
  const startMs = m.secondsFromStart != null ? Math.max(0, Math.round(m.secondsFromStart * 1000)) : null;
  const durationMs = m.duration ?? (m.time != null && m.endTime != null ? m.endTime - m.time : null);
  const endMs = startMs != null && durationMs != null && durationMs >= 0 ? startMs + Math.round(durationMs) : null;
  return [{ speaker, text, startMs, endMs }];
}

function recordingUrl(message: VapiEndOfCallReport): string | null {
  const { artifact } = message;
  return httpUrl(artifact?.recordingUrl ?? message.recordingUrl ?? artifact?.recording?.mono?.combinedUrl ?? artifact?.recording?.stereoUrl);
}

function secondsBetween(startedAt: string | null, endedAt: string | null): number | null {
  if (!startedAt || !endedAt) return null;
  const seconds = (Date.parse(endedAt) - Date.parse(startedAt)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
