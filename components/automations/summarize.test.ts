import { describe, expect, it } from "vitest";
import { summarize } from "./summarize";

describe("summarize", () => {
  it("shows strings as they are, lists joined, objects as JSON, and leaves out empty values", () => {
    expect(summarize({ url: "https://x.test/h", to: ["a@x.com", "b@x.com"], body: { n: 1 }, none: null, blank: "" })).toEqual([
      ["url", "https://x.test/h"],
      ["to", "a@x.com, b@x.com"],
      ["body", '{"n":1}'],
    ]);
  });
  it("cuts long values", () => {
    const [[, text]] = summarize({ response: "x".repeat(1000) });
    expect(text).toHaveLength(300);
    expect(text.endsWith("…")).toBe(true);
  });
  it("is empty for nothing", () => {
    expect(summarize(null)).toEqual([]);
  });
});
