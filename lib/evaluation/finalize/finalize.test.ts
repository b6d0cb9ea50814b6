import { describe, expect, it } from "vitest";
import { STANDARD_OUTCOMES, type EvaluationInput, type EvaluationResult, type GoalDef, type GoalVerdict } from "../types";
import { finalizeResult } from "./index";

const transcript = [
  { speaker: "agent" as const, text: "Hello, would you like to book a demo?" },
  { speaker: "customer" as const, text: "Yes,   Thursday at 3 PM works.  My number is (415) 555-0123." },
  { speaker: "agent" as const, text: "Great, your demo is booked." },
];

function verdict(key: string, overrides: Partial<GoalVerdict> = {}): GoalVerdict {
  return { key, status: "achieved", confidence: 0.9, rationale: "The agent confirmed it.", evidence: [{ turn: 2, quote: "your demo is booked" }], variables: {}, reached: true, ...overrides };
}

function raw(goals: GoalVerdict[]): EvaluationResult {
  return {
    goals,
    outcome: { name: "Appointment Scheduled", confidence: 0.8, rationale: "Booked.", evidence: [{ turn: 2, quote: "made up" }] },
    insights: { sentiment: null, summary: null, topics: [], fields: {} },
    usage: { engine: "llm", model: "m", inputTokens: 1, outputTokens: 1, costUsd: 0, durationMs: 1 },
  };
}

function input(goals: GoalDef[]): EvaluationInput {
  return { transcript, callDate: "2024-05-06", goals, outcomes: STANDARD_OUTCOMES };
}

describe("finalizeResult: evidence", () => {
  it("keeps quotes found case- and whitespace-insensitively and drops invented ones", () => {
    const result = finalizeResult(
      input([{ key: "demo", title: "Demo", description: "" }]),
      raw([verdict("demo", { evidence: [{ turn: 1, quote: "thursday at 3 pm works." }, { turn: 1, quote: "Friday works" }, { turn: 9, quote: "Hello" }] })]),
    );
    expect(result.goals[0].evidence).toEqual([{ turn: 1, quote: "thursday at 3 pm works." }]);
    expect(result.outcome.evidence).toEqual([]);
  });

  it("says so and lowers confidence when every quote of a verdict is dropped", () => {
    const result = finalizeResult(input([{ key: "demo", title: "Demo", description: "" }]), raw([verdict("demo", { evidence: [{ turn: 0, quote: "not said" }] })]));
    expect(result.goals[0].rationale).toBe("The agent confirmed it (none of its quotes could be found in the transcript).");
    expect(result.goals[0].confidence).toBe(0.45);
  });
});

describe("finalizeResult: confirmation and variables", () => {
  it("turns an achieved manual-confirmation goal into pending_confirmation", () => {
    const result = finalizeResult(input([{ key: "demo", title: "Demo", description: "", confirmationMode: "manual" }]), raw([verdict("demo")]));
    expect(result.goals[0].status).toBe("pending_confirmation");
  });

  it("normalises each declared variable to its type and drops undeclared ones", () => {
    const goals: GoalDef[] = [
      {
        key: "demo",
        title: "Demo",
        description: "",
        outputVariables: [
          { name: "day", type: "date" },
          { name: "at", type: "time" },
          { name: "seats", type: "number" },
          { name: "phone", type: "phone" },
          { name: "mail", type: "email" },
          { name: "ok", type: "boolean" },
          { name: "plan", type: "enum", options: ["Basic", "Pro"] },
        ],
      },
    ];
    const variables = { day: "Thursday", at: "3 PM", seats: "three", phone: "(415) 555-0123", mail: "Jo@Example.COM", ok: "yes", plan: "pro", extra: "x" };
    const result = finalizeResult(input(goals), raw([verdict("demo", { variables })]));
    expect(result.goals[0].variables).toEqual({ day: "2024-05-09", at: "15:00", seats: 3, phone: "+14155550123", mail: "jo@example.com", ok: true, plan: "Pro" });
  });

  it("gives a goal the engine forgot a not_achieved verdict", () => {
    const result = finalizeResult(input([{ key: "a", title: "A", description: "" }]), raw([]));
    expect(result.goals[0]).toMatchObject({ key: "a", status: "not_achieved", rationale: "The engine returned no verdict for this goal." });
  });
});

describe("finalizeResult: chained objectives", () => {
  const flow: GoalDef[] = [
    { key: "qualify", title: "Qualify the lead", description: "", nextRequired: ["pitch"] },
    { key: "pitch", title: "Pitch", description: "", nextConditional: { demo: "the prospect is interested", brochure: "the prospect wants to read first" } },
    { key: "demo", title: "Book a demo", description: "" },
    { key: "brochure", title: "Send the brochure", description: "" },
  ];

  it("marks successors of an unmet step as not reached, naming the prerequisite", () => {
    const result = finalizeResult(input(flow), raw([verdict("qualify", { status: "not_achieved", evidence: [] }), verdict("pitch"), verdict("demo"), verdict("brochure", { status: "not_achieved", evidence: [] })]));
    const pitch = result.goals.find((goal) => goal.key === "pitch")!;
    expect(pitch).toMatchObject({ status: "not_achieved", reached: false, rationale: 'Not reached: the prerequisite "Qualify the lead" was not met.' });
    expect(result.goals.find((goal) => goal.key === "demo")).toMatchObject({ status: "not_achieved", reached: false, rationale: 'Not reached: the prerequisite "Pitch" was not met.' });
  });

  it("records the branch the call took and leaves the other branch unreached", () => {
    const result = finalizeResult(input(flow), raw([verdict("qualify"), verdict("pitch"), verdict("demo"), verdict("brochure", { status: "not_achieved", evidence: [] })]));
    expect(result.goals.find((goal) => goal.key === "pitch")?.branch).toBe("demo");
    expect(result.goals.find((goal) => goal.key === "demo")).toMatchObject({ status: "achieved", reached: true });
    expect(result.goals.find((goal) => goal.key === "brochure")).toMatchObject({
      reached: false,
      rationale: 'Not reached: after "Pitch" the call took the "Book a demo" branch instead.',
    });
  });
});
