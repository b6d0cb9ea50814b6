import { describe, expect, it } from "vitest";
import { parseTranscriptText, speakerFromLabel } from "./transcript-text";

describe("parseTranscriptText", () => {
  it("maps speaker labels and joins continuation lines", () => {
    const text = ["AI: Hello, this is Ava.", "User: Hi, I want to book a table.", "for four people please", "", "Assistant: Sure.", "system: call transferred", "Caller: thanks"].join("\n");
    expect(parseTranscriptText(text)).toEqual([
      { speaker: "agent", text: "Hello, this is Ava." },
      { speaker: "customer", text: "Hi, I want to book a table. for four people please" },
      { speaker: "agent", text: "Sure." },
      { speaker: "system", text: "call transferred" },
      { speaker: "customer", text: "thanks" },
    ]);
  });

  it("keeps unknown labels as text of the current turn", () => {
    expect(parseTranscriptText("Agent: The note says:\nNote: bring ID")).toEqual([{ speaker: "agent", text: "The note says: Note: bring ID" }]);
  });

  it("knows the usual labels", () => {
    expect(["Bot", "assistant", "Human", "customer", "SYSTEM", "narrator"].map(speakerFromLabel)).toEqual(["agent", "agent", "customer", "customer", "system", null]);
  });
});
