import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conversationInputSchema, type TurnInput } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { retell } from "./adapter";
import { retellEndReason } from "./end-reason";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const CALL_ID = "call_8f2e4b6d1a9c47e3b05d7f1c2e9a6b3d";

function mapConversation(payload: unknown) {
  const mapped = retell.map(payload);
  if (mapped.kind !== "conversation") throw new Error(`expected a conversation, got: ${mapped.reason}`);
  return mapped;
}

describe("retell.map", () => {
  it("maps an outbound call_ended field by field", () => {
    const { conversation: c, eventId } = mapConversation(fixture("call-ended-outbound"));
    expect(eventId).toBe(`retell:${CALL_ID}:call_ended`);
    expect(c).toMatchObject({
      externalId: `retell:${CALL_ID}`,
      agentId: null,
      agentPhoneNumber: "+14155550132",
      source: "retell",
      direction: "outbound",
      startedAt: "2026-03-10T17:30:45.211Z",
      endedAt: "2026-03-10T17:31:30.666Z",
      durationSeconds: 45.455,
      endReason: "agent-ended",
      contact: { phone: "+16505550178" },
      recordingUrl: `https://dxc03zgurdly9.cloudfront.net/${CALL_ID}/recording.wav`,
      metadata: { retell: { agentId: "agent_c41d9e7b2f05a83e6d1b94f0a7", callAnalysis: null, metadata: { crm_lead_id: "lead_20931" } } },
    });
    const turns = c.transcript as TurnInput[];
    expect(turns).toHaveLength(8);
    expect(turns.map((t) => t.speaker)).toEqual(["agent", "customer", "agent", "customer", "agent", "customer", "agent", "customer"]);
    expect(turns[0]).toEqual({ speaker: "agent", text: expect.stringMatching(/^Hi, is this Priya\?/), startMs: 610, endMs: 7750 });
    expect(turns[1]).toEqual({ speaker: "customer", text: "Oh, hi. Yes, this is Priya.", startMs: 8200, endMs: 10440 });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("maps call_analyzed to the same call, with call_analysis in metadata", () => {
    const { conversation: c, eventId } = mapConversation(fixture("call-analyzed-outbound"));
    expect(eventId).toBe(`retell:${CALL_ID}:call_analyzed`);
    expect(c.externalId).toBe(`retell:${CALL_ID}`);
    expect(c.metadata).toMatchObject({ retell: { callAnalysis: { user_sentiment: "Positive", call_successful: true, in_voicemail: false } } });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("swaps agent and contact numbers for an inbound call, and reads debriefAgentId", () => {
    const payload = fixture("call-ended-outbound");
    Object.assign(payload.call, { direction: "inbound", from_number: "+16505550178", to_number: "+14155550132", metadata: { debriefAgentId: "agt_sales_02" } });
    expect(mapConversation(payload).conversation).toMatchObject({
      direction: "inbound",
      agentId: "agt_sales_02",
      agentPhoneNumber: "+14155550132",
      contact: { phone: "+16505550178" },
    });
  });

  it("maps a voicemail with no transcript to transcript [] and endReason voicemail", () => {
    const payload = fixture("call-analyzed-outbound");
    Object.assign(payload.call, { transcript: "", transcript_object: [], recording_url: undefined, disconnection_reason: "agent_hangup" });
    payload.call.call_analysis.in_voicemail = true;
    const { conversation: c } = mapConversation(payload);
    expect(c).toMatchObject({ transcript: [], endReason: "voicemail", recordingUrl: null });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("drops a recording link that is not http(s) rather than the call", () => {
    const payload = fixture("call-ended-outbound");
    payload.call.recording_url = "s3://retell-recordings/call_8f2e/recording.wav";
    expect(mapConversation(payload).conversation.recordingUrl).toBeNull();
  });

  it("ignores call_started and other events", () => {
    const started = { ...fixture("call-ended-outbound"), event: "call_started" };
    expect(retell.map(started)).toEqual({ kind: "ignored", reason: 'Retell "call_started" events are not recorded; only call_ended and call_analyzed are' });
    expect(retell.map({ event: "transfer_started", call: {} })).toMatchObject({ kind: "ignored" });
  });

  it("throws InvalidError with the field path for a malformed event", () => {
    const payload = fixture("call-ended-outbound");
    payload.call.start_timestamp = "yesterday";
    expect(() => retell.map(payload)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: "call.start_timestamp" })] }));
    expect(() => retell.map({ call: {} })).toThrow(InvalidError);
  });
});

describe("retellEndReason", () => {
  it.each([
    ["user_hangup", "customer-ended"],
    ["agent_hangup", "agent-ended"],
    ["voicemail_reached", "voicemail"],
    ["dial_no_answer", "no-answer"],
    ["dial_busy", "busy"],
    ["dial_failed", "failed"],
    ["call_transfer", "transferred"],
    ["inactivity", "timeout"],
    ["max_duration_reached", "timeout"],
    ["error_llm_websocket_lost_connection", "failed"],
    ["brand_new_reason", "other"],
    ["toString", "other"],
    [null, "completed"],
  ])("%s → %s", (reason, expected) => expect(retellEndReason(reason)).toBe(expected));
});
