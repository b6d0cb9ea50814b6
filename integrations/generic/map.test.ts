import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { generic } from "./adapter";

const fixture = () => JSON.parse(readFileSync(new URL("./fixtures/conversation.json", import.meta.url), "utf8"));

describe("generic.map", () => {
  it("passes a ConversationInput through, with source forced to generic", () => {
    const mapped = generic.map(fixture());
    if (mapped.kind !== "conversation") throw new Error(mapped.reason);
    const c = mapped.conversation;
    expect(mapped.eventId).toBe("generic:acme-dialer-2026-03-10-000482");
    expect(c).toMatchObject({
      externalId: "acme-dialer-2026-03-10-000482",
      agentPhoneNumber: "+1 (628) 555-0142",
      source: "generic",
      direction: "outbound",
      callType: "campaign",
      endReason: "customer-ended",
      contact: { name: "Helen Park", phone: "+1 415 555 0166" },
      recordingUrl: "https://recordings.acme-dialer.example/2026/03/10/000482.mp3",
    });
    expect(c.transcript).toHaveLength(6);
    expect((c.transcript as { speaker: string; startMs?: number | null }[])[1]).toMatchObject({ speaker: "customer", startMs: 9100 });
    expect(() => conversationInputSchema.parse(c)).not.toThrow();
  });

  it("accepts the minimal form: plain-text transcript, defaults filled in", () => {
    const mapped = generic.map({ externalId: "call-1", agentId: "agt_1", transcript: "Agent: Hello\nCustomer: Hi" });
    expect(mapped).toMatchObject({ kind: "conversation", conversation: { source: "generic", direction: "inbound", endReason: "completed" } });
  });

  it("throws InvalidError naming each bad field", () => {
    const payload = { ...fixture(), direction: "sideways", endedAt: "yesterday" };
    delete payload.externalId;
    try {
      generic.map(payload);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidError);
      expect((error as InvalidError).issues.map((i) => i.path).sort()).toEqual(["direction", "endedAt", "externalId"]);
    }
    expect(() => generic.map([fixture()])).toThrow(InvalidError);
  });
});
