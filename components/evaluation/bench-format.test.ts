import { describe, expect, it } from "vitest";
import { parseTranscriptText } from "@/lib/evaluation/transcript-text";
import { turnsToText } from "./bench-format";

describe("turnsToText", () => {
  it("writes one labelled line per turn that the bench parses back to the same turns", () => {
    const turns = [
      { speaker: "agent" as const, text: "Hello,\nhow can I help?" },
      { speaker: "customer" as const, text: "Book me for Tuesday: 3pm." },
      { speaker: "system" as const, text: "transferred" },
    ];
    const text = turnsToText(turns);
    expect(text).toBe("Agent: Hello, how can I help?\nCustomer: Book me for Tuesday: 3pm.\nSystem: transferred");
    expect(parseTranscriptText(text)).toEqual([
      { speaker: "agent", text: "Hello, how can I help?" },
      { speaker: "customer", text: "Book me for Tuesday: 3pm." },
      { speaker: "system", text: "transferred" },
    ]);
  });
});
