import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conversationInputSchema, type TurnInput } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { elevenlabs } from "./adapter";
import { elevenLabsEndReason } from "./end-reason";

const fixture = () => JSON.parse(readFileSync(new URL("./fixtures/post-call-transcription-inbound.json", import.meta.url), "utf8"));
const CONV = "conv_01jxq4f2a7e9rbt5y8wn6c0p2s";

function mapConversation(payload: unknown) {
  const mapped = elevenlabs.map(payload);
  if (mapped.kind !== "conversation") throw new Error(`expected a conversation, got: ${mapped.reason}`);
  return mapped;
}

describe("elevenlabs.map post_call_transcription", () => {
  it("maps an inbound phone call field by field", () => {
    const { conversation: c, eventId } = mapConversation(fixture());
    expect(eventId).toBe(`elevenlabs:${CONV}`);
    expect(c).toMatchObject({
      externalId: `elevenlabs:${CONV}`,
      agentId: null,
      agentPhoneNumber: "+13125550164",
      source: "elevenlabs",
      direction: "inbound",
      startedAt: "2026-03-10T19:20:12.000Z",
      endedAt: "2026-03-10T19:21:10.000Z",
      durationSeconds: 58,
      endReason: "customer-ended",
      contact: { phone: "+17735550129" },
      recordingUrl: null,
      metadata: { elevenlabs: { agentId: "agent_01jwz8k2hq4v6t9xbc3drfm5ns", cost: 463, analysis: { call_successful: "success" } } },
    });
    const turns = c.transcript as TurnInput[];
    expect(turns).toHaveLength(11); // the tool-call-only entry is dropped
    expect(turns.slice(0, 3)).toEqual([
      { speaker: "agent", text: expect.stringMatching(/^Good evening/), startMs: 0, endMs: 5000 },
      { speaker: "customer", text: "Hi, I'd like to book a table for four tomorrow night, around seven.", startMs: 5000, endMs: 10000 },
      { speaker: "agent", text: expect.stringMatching(/^Seven is taken/), startMs: 11000, endMs: 18000 },
    ]);
    expect(turns.at(-1)).toEqual({ speaker: "agent", text: "You're welcome. See you tomorrow evening!", startMs: 52000, endMs: 58000 });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("maps an outbound call, and a conversation with no transcript or phone call metadata", () => {
    const outbound = fixture();
    Object.assign(outbound.data.metadata.phone_call, { direction: "outbound", external_number: "+17735550188" });
    outbound.data.metadata.termination_reason = "Voicemail detected";
    expect(mapConversation(outbound).conversation).toMatchObject({ direction: "outbound", contact: { phone: "+17735550188" }, endReason: "voicemail" });

    const bare = fixture();
    bare.data.transcript = [];
    delete bare.data.metadata;
    delete bare.data.analysis;
    bare.data.conversation_initiation_client_data.dynamic_variables.debriefAgentId = "agt_host_01";
    const { conversation: c } = mapConversation(bare);
    expect(c).toMatchObject({ transcript: [], agentId: "agt_host_01", agentPhoneNumber: null, startedAt: null, endedAt: null, contact: null, endReason: "completed" });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("ignores audio and call initiation failure webhooks", () => {
    expect(elevenlabs.map({ type: "post_call_audio", event_timestamp: 1773170480, data: { conversation_id: CONV, full_audio: "UklGRg==" } })).toEqual({
      kind: "ignored",
      reason: 'ElevenLabs "post_call_audio" webhooks are not recorded; only post_call_transcription is',
    });
    expect(elevenlabs.map({ type: "call_initiation_failure", data: { failure_reason: "busy" } })).toMatchObject({ kind: "ignored" });
  });

  it("throws InvalidError with the field path for a malformed payload", () => {
    const payload = fixture();
    payload.data.transcript[1].time_in_call_secs = "five";
    expect(() => elevenlabs.map(payload)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: "data.transcript.1.time_in_call_secs" })] }));
    expect(() => elevenlabs.map("not an object")).toThrow(InvalidError);
  });
});

describe("elevenLabsEndReason", () => {
  it.each([
    ["Call ended by remote party", "done", "customer-ended"],
    ["Client disconnected: 1000", "done", "customer-ended"],
    ["end_call tool was called.", "done", "agent-ended"],
    ["transfer_to_number tool was called.", "done", "transferred"],
    ["Maximum duration exceeded", "done", "timeout"],
    ["voicemail_detection tool was called.", "done", "voicemail"],
    ["", "failed", "failed"],
    ["Something unexpected", "done", "other"],
    [null, "done", "completed"],
  ])("%s (%s) → %s", (reason, status, expected) => expect(elevenLabsEndReason(reason, status)).toBe(expected));
});
