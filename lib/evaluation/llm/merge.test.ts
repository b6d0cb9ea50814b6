import { describe, expect, it } from "vitest";
import type { GoalVerdict } from "../types";
import { mergePartialResults } from "./merge";
import type { PartialResult } from "./to-result";

function verdict(patch: Partial<GoalVerdict>): GoalVerdict {
  return { key: "booked", status: "not_achieved", confidence: 0.8, rationale: "", evidence: [], variables: {}, reached: true, ...patch };
}

function part(goal: Partial<GoalVerdict>, rest: Partial<PartialResult> = {}): PartialResult {
  return {
    goals: [verdict(goal)],
    outcome: { name: "Follow-up Needed", confidence: 0.8, rationale: "", evidence: [] },
    insights: { sentiment: null, summary: null, topics: [], fields: {} },
    ...rest,
  };
}

describe("mergePartialResults", () => {
  it("keeps the best status any chunk found, with its rationale and evidence", () => {
    const merged = mergePartialResults([
      part({ status: "not_achieved", rationale: "Not yet.", evidence: [{ turn: 2, quote: "maybe later" }] }),
      part({ status: "achieved", confidence: 0.7, rationale: "Booked.", evidence: [{ turn: 30, quote: "book it" }] }),
      part({ status: "achieved", confidence: 0.9, rationale: "Confirmed.", evidence: [{ turn: 28, quote: "Friday works" }, { turn: 30, quote: "book it" }] }),
    ]);
    expect(merged.goals[0]).toMatchObject({ status: "achieved", confidence: 0.9, rationale: "Confirmed.", reached: true });
    expect(merged.goals[0].evidence).toEqual([{ turn: 28, quote: "Friday works" }, { turn: 30, quote: "book it" }]);
  });

  it("prefers partially achieved over not achieved", () => {
    const merged = mergePartialResults([part({ status: "partially_achieved" }), part({ status: "not_achieved", confidence: 1 })]);
    expect(merged.goals[0].status).toBe("partially_achieved");
  });

  it("lets the latest non-null variable, branch and insight field win", () => {
    const merged = mergePartialResults([
      part({ variables: { date: "2025-03-07", time: "10:00" }, branch: "reschedule" }, { insights: { sentiment: null, summary: null, topics: [], fields: { budget: 100, plan: null } } }),
      part({ variables: { date: null, time: "10:30" }, branch: null }, { insights: { sentiment: null, summary: null, topics: [], fields: { budget: null, plan: "basic" } } }),
    ]);
    expect(merged.goals[0].variables).toEqual({ date: "2025-03-07", time: "10:30" });
    expect(merged.goals[0].branch).toBe("reschedule");
    expect(merged.insights.fields).toEqual({ budget: 100, plan: "basic" });
  });

  it("takes the final chunk's outcome unless it is unsure and an earlier one is surer", () => {
    const outcome = (name: string, confidence: number) => ({ name, confidence, rationale: name, evidence: [] });
    const sure = mergePartialResults([part({}, { outcome: outcome("Qualified Lead", 0.95) }), part({}, { outcome: outcome("Appointment Scheduled", 0.7) })]);
    expect(sure.outcome.name).toBe("Appointment Scheduled");
    const unsure = mergePartialResults([part({}, { outcome: outcome("Qualified Lead", 0.8) }), part({}, { outcome: outcome("Follow-up Needed", 0.3) })]);
    expect(unsure.outcome.name).toBe("Qualified Lead");
  });

  it("joins summaries, unites topics and averages sentiment", () => {
    const insights = (summary: string, topics: string[], label: "positive" | "negative", score: number) => ({ insights: { sentiment: { label, score }, summary, topics, fields: {} } });
    const merged = mergePartialResults([
      part({}, insights("Asked about prices.", ["pricing", "Booking"], "negative", -0.2)),
      part({}, insights("Booked a visit.", ["booking", "address"], "positive", 0.6)),
      part({}, insights("Said goodbye.", [], "positive", 0.5)),
    ]);
    expect(merged.insights.summary).toBe("Asked about prices. Booked a visit. Said goodbye.");
    expect(merged.insights.topics).toEqual(["pricing", "Booking", "address"]);
    expect(merged.insights.sentiment).toEqual({ label: "positive", score: 0.3 });
  });

  it("returns a single result unchanged", () => {
    const only = part({ status: "achieved" });
    expect(mergePartialResults([only])).toBe(only);
  });
});
