import { describe, expect, it } from "vitest";
import { createLocalEvaluator } from "./local";
import { runEvaluation } from "./run-evaluation";
import { STANDARD_OUTCOMES, type EvaluationInput, type Evaluator } from "./types";

const goals = [
  { key: "meeting", title: "Meeting booked", description: "A meeting was booked with the contact." },
  { key: "email", title: "Email collected", description: "The customer gave their email address." },
];

/** An engine that must not be asked: calls without a conversation are settled before it. */
const untouchable: Evaluator = {
  engine: "llm",
  evaluate: () => Promise.reject(new Error("the engine should not be called")),
};

const base: EvaluationInput = { transcript: [{ speaker: "customer", text: "Hi, leave a message." }], goals, outcomes: STANDARD_OUTCOMES };

describe("runEvaluation for calls without a conversation", () => {
  it("voicemail: outcome Voicemail, every goal not achieved and not reached, engine not called", async () => {
    const result = await runEvaluation(untouchable, { ...base, endReason: "voicemail" });
    expect(result.outcome.name).toBe("Voicemail");
    expect(result.goals.map((goal) => [goal.status, goal.reached])).toEqual([
      ["not_achieved", false],
      ["not_achieved", false],
    ]);
    expect(result.goals[0].rationale).toContain('end reason "voicemail"');
  });

  it("no-answer and busy: the voicemail-like outcome when there is one", async () => {
    expect((await runEvaluation(untouchable, { ...base, endReason: "no-answer" })).outcome.name).toBe("Voicemail");
    expect((await runEvaluation(untouchable, { ...base, endReason: "BUSY" })).outcome.name).toBe("Voicemail");
  });

  it("no-answer without a voicemail outcome: a follow-up one", async () => {
    const outcomes = [
      { name: "Sale", description: "The customer bought." },
      { name: "Call again", description: "Follow-up needed: try the contact again later." },
    ];
    const result = await runEvaluation(untouchable, { ...base, outcomes, endReason: "no_answer" });
    expect(result.outcome.name).toBe("Call again");
  });
});

describe("runEvaluation for a conversation", () => {
  it("judges with the engine and finalizes (typed variables, checked quotes)", async () => {
    const input: EvaluationInput = {
      endReason: "completed",
      callDate: "2024-05-06",
      transcript: [
        { speaker: "agent", text: "Can I get your email to send the invite?" },
        { speaker: "customer", text: "Sure, it's Ana.Lopez@Example.org." },
        { speaker: "agent", text: "Thanks. Would Wednesday at 10 am work for a meeting?" },
        { speaker: "customer", text: "Yes, that works." },
        { speaker: "agent", text: "Perfect, your meeting is booked for Wednesday at 10 am." },
      ],
      goals: [{ ...goals[0], outputVariables: [{ name: "meeting_date", type: "date" }] }, { ...goals[1], outputVariables: [{ name: "email", type: "email" }] }],
      outcomes: STANDARD_OUTCOMES,
    };
    const result = await runEvaluation(createLocalEvaluator(), input);
    expect(result.goals[0]).toMatchObject({ status: "achieved", variables: { meeting_date: "2024-05-08" } });
    expect(result.goals[1]).toMatchObject({ status: "achieved", variables: { email: "ana.lopez@example.org" } });
    expect(result.goals[1].evidence).toEqual([{ turn: 1, quote: "Sure, it's Ana.Lopez@Example.org." }]);
    expect(result.outcome.name).toBe("Appointment Scheduled");
    expect(result.usage.engine).toBe("local");
  });
});
