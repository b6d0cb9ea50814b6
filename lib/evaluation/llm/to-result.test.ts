import { describe, expect, it } from "vitest";
import { STANDARD_OUTCOMES } from "../types";
import { answer, goalAnswer, INPUT } from "./test-fixtures";
import { coerceValue, matchOutcome, toConfidence, toPartialResult } from "./to-result";

describe("toPartialResult", () => {
  it("returns every goal in input order, reached, with declared variables only", () => {
    const raw = answer();
    raw.goals = {
      whitening: goalAnswer({ variables: { interested: "yes", extra: "dropped" } }),
      address: raw.goals.address,
      booked: { ...raw.goals.booked, variables: { date: "2025-03-07", time: "10:30", party_size: "2" }, branch: "nowhere" },
    };
    const result = toPartialResult(raw, INPUT);
    expect(result.goals.map((g) => g.key)).toEqual(["booked", "address", "whitening"]);
    expect(result.goals.every((g) => g.reached)).toBe(true);
    expect(result.goals[0].variables).toEqual({ date: "2025-03-07", time: "10:30", party_size: 2 });
    expect(result.goals[0].branch).toBeNull(); // not one of the goal's branches
    expect(result.goals[1]).not.toHaveProperty("branch");
    expect(result.goals[2].variables).toEqual({ interested: true });
    expect(result.goals[0].evidence).toEqual([{ turn: 3, quote: "Yes please, book it." }]);
  });

  it("maps an outcome off the list to the closest listed one with lower confidence", () => {
    const raw = answer({ outcome: { evidence: [], rationale: "r", name: "appointment  scheduled", confidence: 0.9 } });
    expect(toPartialResult(raw, INPUT).outcome).toMatchObject({ name: "Appointment Scheduled", confidence: 0.9 });
    raw.outcome = { ...raw.outcome, name: "Meeting booked / appointment", confidence: 0.9 };
    const mapped = toPartialResult(raw, INPUT).outcome;
    expect(mapped.name).toBe("Appointment Scheduled");
    expect(mapped.confidence).toBeCloseTo(0.45);
  });

  it("clamps numbers and drops empty evidence", () => {
    const raw = answer();
    raw.goals.address = goalAnswer({ confidence: 85, evidence: [{ turn: 4.2, quote: "  " }, { turn: 4, quote: " We are at 12 Oak Street. " }] });
    raw.insights.sentiment = { label: "negative", score: -3 };
    const result = toPartialResult(raw, INPUT);
    expect(result.goals[1].confidence).toBe(0.85);
    expect(result.goals[1].evidence).toEqual([{ turn: 4, quote: "We are at 12 Oak Street." }]);
    expect(result.insights.sentiment).toEqual({ label: "negative", score: -1 });
    expect(result.insights.fields).toEqual({ budget: null, plan: null });
  });

  it("leaves out built-in insights that are switched off", () => {
    const result = toPartialResult(answer(), { ...INPUT, builtinInsights: { summary: false, sentiment: false, topics: true } });
    expect(result.insights).toMatchObject({ sentiment: null, summary: null, topics: ["booking", "address"] });
  });
});

describe("coerceValue", () => {
  it("coerces trivially to the declared JS type", () => {
    expect(coerceValue({ type: "number" }, "1,200")).toBe(1200);
    expect(coerceValue({ type: "number" }, "about ten")).toBeNull();
    expect(coerceValue({ type: "boolean" }, "No")).toBe(false);
    expect(coerceValue({ type: "enum", options: ["basic", "premium"] }, "Premium")).toBe("premium");
    expect(coerceValue({ type: "phone" }, 5551234)).toBe("5551234");
    expect(coerceValue({ type: "date" }, "  ")).toBeNull();
  });
});

describe("matchOutcome and toConfidence", () => {
  it("falls back to the first outcome when nothing is close", () => {
    expect(matchOutcome("zzz", STANDARD_OUTCOMES)).toEqual({ name: "Qualified Lead", listed: false });
    expect(matchOutcome("Not interested at all", STANDARD_OUTCOMES)).toEqual({ name: "Not Interested", listed: false });
    expect(matchOutcome("Anything", [])).toEqual({ name: "Anything", listed: true });
  });

  it("reads percentages as fractions", () => {
    expect(toConfidence(0.7)).toBe(0.7);
    expect(toConfidence(70)).toBe(0.7);
    expect(toConfidence(-1)).toBe(0);
    expect(toConfidence(Number.NaN)).toBe(0);
  });
});
