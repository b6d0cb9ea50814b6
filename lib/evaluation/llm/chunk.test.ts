import { describe, expect, it } from "vitest";
import type { Turn } from "../types";
import { estimateTokens, planChunks, toTranscriptLines } from "./chunk";

const sizes = (tokens: number[]) => tokens.map((t) => ({ tokens: t }));

describe("planChunks", () => {
  it("keeps a transcript that fits in one chunk", () => {
    expect(planChunks(sizes([10, 10, 10]), 100)).toEqual([{ start: 0, end: 3 }]);
    expect(planChunks([], 100)).toEqual([{ start: 0, end: 0 }]);
  });

  it("splits into chunks within budget that overlap and together cover every line", () => {
    const lines = sizes(Array.from({ length: 20 }, () => 10));
    const ranges = planChunks(lines, 55, 2);
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges[0].start).toBe(0);
    expect(ranges.at(-1)?.end).toBe(20);
    for (const [i, r] of ranges.entries()) {
      expect((r.end - r.start) * 10).toBeLessThanOrEqual(55);
      if (i > 0) {
        expect(r.start).toBe(ranges[i - 1].end - 2); // two lines of overlap
        expect(r.end).toBeGreaterThan(ranges[i - 1].end); // progress
      }
    }
  });

  it("shrinks the overlap when it would leave no room for a new line", () => {
    const ranges = planChunks(sizes([40, 40, 40, 40]), 80, 2);
    expect(ranges).toEqual([{ start: 0, end: 2 }, { start: 1, end: 3 }, { start: 2, end: 4 }]);
    expect(planChunks(sizes([50, 50, 50]), 60, 2)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 3 }]);
  });
});

describe("toTranscriptLines", () => {
  it("numbers each turn with its index in the input transcript", () => {
    const turns: Turn[] = [{ speaker: "agent", text: "Hi" }, { speaker: "customer", text: "Hello\nthere" }];
    expect(toTranscriptLines(turns, 1000).map((l) => [l.turn, l.text])).toEqual([
      [0, "[0] agent: Hi"],
      [1, "[1] customer: Hello there"],
    ]);
  });

  it("splits a turn longer than the budget into pieces that keep its number, losing no words", () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const turns: Turn[] = [{ speaker: "agent", text: "Short." }, { speaker: "customer", text: words.join(" ") }];
    const lines = toTranscriptLines(turns, 200);
    const pieces = lines.filter((l) => l.turn === 1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0].text).toMatch(/^\[1\] customer \(part 1\/\d+\): word0 /);
    for (const piece of lines) expect(piece.tokens).toBeLessThanOrEqual(200);
    const rejoined = pieces.map((p) => p.text.replace(/^\[1\] customer \(part \d+\/\d+\): /, "")).join(" ");
    expect(rejoined).toBe(words.join(" "));
  });

  it("estimates about four characters a token", () => {
    expect(estimateTokens("abcd".repeat(25))).toBe(25);
    expect(estimateTokens("abcde")).toBe(2);
  });
});
