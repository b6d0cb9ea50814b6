import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { vapi } from "./adapter";
import { vapiEndReason } from "./end-reason";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const REC = "https://storage.vapi.ai/3f6c2b91-7d4e-4a0b-9c25-8e1f0d6a4b37-1773154978267-4c0e7a2d-9b13-4f8e-a6d5-1e2b7c9f0a34-mono.wav";

function mapConversation(payload: unknown) {
  const mapped = vapi.map(payload);
  if (mapped.kind !== "conversation") throw new Error(`expected a conversation, got: ${mapped.reason}`);
  return mapped;
}

describe("vapi.map end-of-call-report", () => {
  it("maps an inbound call field by field", () => {
    const { conversation: c, eventId } = mapConversation(fixture("end-of-call-report-inbound"));
    expect(eventId).toBe("vapi:3f6c2b91-7d4e-4a0b-9c25-8e1f0d6a4b37");
    expect(c).toMatchObject({
      externalId: "vapi:3f6c2b91-7d4e-4a0b-9c25-8e1f0d6a4b37",
      agentId: null,
      agentPhoneNumber: "+17375550100",
      source: "vapi",
      direction: "inbound",
      startedAt: "2026-03-10T15:02:11.482Z",
      endedAt: "2026-03-10T15:02:56.392Z",
      durationSeconds: 44.91,
      endReason: "customer-ended",
      contact: { phone: "+15125550147", name: null },
      recordingUrl: REC,
    });
    expect(c.metadata).toMatchObject({ vapi: { assistantId: "c2a9e4f7-3b81-4d6c-8e05-7a1f94b2d3e0", endedReason: "customer-ended-call", cost: 0.1187 } });
    const turns = c.transcript as Exclude<typeof c.transcript, string>;
    expect(turns.map((t) => t.speaker)).toEqual(["system", "agent", "customer", "agent", "customer", "agent", "customer", "agent", "customer", "agent"]);
    expect(turns[1]).toEqual({ speaker: "agent", text: "Thanks for calling Lakeside Dental, this is Riley. How can I help you today?", startMs: 820, endMs: 5030 });
    expect(turns[2]).toMatchObject({ speaker: "customer", text: "Hi, I need to move my cleaning appointment on Thursday.", startMs: 5610, endMs: 9480 });
    expect(turns.some((t) => t.text === "")).toBe(false); // tool calls and results are skipped
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("maps an outbound voicemail with no speech to an empty transcript", () => {
    const { conversation: c } = mapConversation(fixture("end-of-call-report-voicemail"));
    expect(c).toMatchObject({
      externalId: "vapi:91d0a4e8-5c27-4f3b-b6e9-0d2c8a7f1e45",
      agentId: "agt_reminders_01",
      agentPhoneNumber: "+17375550111",
      direction: "outbound",
      endReason: "voicemail",
      contact: { phone: "+15125550193", name: "Daniel Okafor" },
      recordingUrl: null,
      durationSeconds: 18.42,
    });
    expect(c.transcript).toEqual([{ speaker: "system", text: expect.stringContaining("You are Jordan"), startMs: 0, endMs: null }]);
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("maps a report with no artifact messages to transcript []", () => {
    const payload = fixture("end-of-call-report-voicemail");
    delete payload.message.artifact;
    expect(mapConversation(payload).conversation.transcript).toEqual([]);
  });

  it("needs debriefAgentId for a web call, which has no phone number", () => {
    const payload = fixture("end-of-call-report-inbound");
    Object.assign(payload.message.call, { type: "webCall", customer: null });
    delete payload.message.phoneNumber;
    delete payload.message.customer;
    expect(() => vapi.map(payload)).toThrow(InvalidError);
    payload.message.assistant.metadata = { debriefAgentId: "agt_web_01" };
    expect(mapConversation(payload).conversation).toMatchObject({ agentId: "agt_web_01", direction: "inbound", contact: null });
  });

  it("ignores other server messages", () => {
    expect(vapi.map({ message: { type: "status-update", status: "in-progress", timestamp: 1773154931900 } })).toEqual({
      kind: "ignored",
      reason: 'Vapi "status-update" messages are not recorded; only end-of-call-report is',
    });
  });

  it("throws InvalidError with the field path for a malformed report", () => {
    const payload = fixture("end-of-call-report-inbound");
    delete payload.message.call.id;
    expect(() => vapi.map(payload)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: "message.call.id" })] }));
    expect(() => vapi.map({ hello: "world" })).toThrow(InvalidError);
  });
});

describe("vapiEndReason", () => {
  it.each([
    ["customer-ended-call", "customer-ended"],
    ["assistant-said-end-call-phrase", "agent-ended"],
    ["customer-did-not-answer", "no-answer"],
    ["customer-busy", "busy"],
    ["assistant-forwarded-call", "transferred"],
    ["exceeded-max-duration", "timeout"],
    ["pipeline-error-openai-llm-failed", "failed"],
    ["call.in-progress.error-vapifault-transport-connected-but-call-not-active", "failed"],
    ["twilio-failed-to-connect-call", "failed"],
    ["something-new", "other"],
    ["constructor", "other"],
    [undefined, "completed"],
  ])("%s → %s", (reason, expected) => expect(vapiEndReason(reason)).toBe(expected));
});
