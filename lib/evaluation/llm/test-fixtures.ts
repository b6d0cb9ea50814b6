/** Shared inputs and model answers for this folder's tests (not imported by production code). */
import type { MockLanguageModelV4 } from "ai/test";
import { STANDARD_OUTCOMES, type EvaluationInput } from "../types";
import type { RawEvaluation, RawGoal } from "./schema";

export const INPUT: EvaluationInput = {
  transcript: [
    { speaker: "agent", text: "Hello, this is Smile Dental. How can I help?" },
    { speaker: "customer", text: "I'd like a cleaning appointment, maybe next Friday." },
    { speaker: "agent", text: "Friday March 7th at 10:30 is free. Shall I book it?" },
    { speaker: "customer", text: "Yes please, book it." },
    { speaker: "agent", text: "Done. We are at 12 Oak Street. Anything else?" },
    { speaker: "customer", text: "No, thanks. Bye." },
  ],
  callDate: "2025-02-28",
  endReason: "completed",
  agentPurpose: "Book dental appointments",
  goals: [
    {
      key: "booked",
      title: "Appointment booked",
      description: "An appointment was booked with a confirmed date and time.",
      outputVariables: [
        { name: "date", type: "date" },
        { name: "time", type: "time" },
        { name: "party_size", type: "number" },
      ],
      nextConditional: { reschedule: "the customer wants to move an existing appointment" },
    },
    { key: "address", title: "Address given", description: "The agent told the customer the clinic address." },
    {
      key: "whitening",
      title: "Whitening offered",
      description: "The agent offered teeth whitening.",
      outputVariables: [{ name: "interested", type: "boolean" }],
    },
  ],
  outcomes: STANDARD_OUTCOMES,
  insightFields: [
    { name: "budget", type: "number", description: "The budget the customer mentioned" },
    { name: "plan", type: "enum", options: ["basic", "premium"], description: "The plan chosen" },
  ],
};

export function goalAnswer(patch: Partial<RawGoal> = {}): RawGoal {
  return { evidence: [], rationale: "No evidence.", status: "not_achieved", confidence: 0.8, ...patch };
}

/** A schema-valid answer for INPUT; override parts per test. */
export function answer(patch: Partial<RawEvaluation> = {}): RawEvaluation {
  return {
    goals: {
      booked: goalAnswer({
        evidence: [{ turn: 3, quote: "Yes please, book it." }],
        rationale: "The customer confirmed the Friday slot.",
        status: "achieved",
        confidence: 0.9,
        variables: { date: "2025-03-07", time: "10:30", party_size: null },
        branch: null,
      }),
      address: goalAnswer({ evidence: [{ turn: 4, quote: "We are at 12 Oak Street." }], rationale: "Address given.", status: "achieved" }),
      whitening: goalAnswer({ variables: { interested: null } }),
    },
    outcome: { evidence: [{ turn: 4, quote: "Done." }], rationale: "A slot was booked.", name: "Appointment Scheduled", confidence: 0.9 },
    insights: {
      sentiment: { label: "positive", score: 0.6 },
      summary: "The customer booked a cleaning.",
      topics: ["booking", "address"],
      fields: { budget: null, plan: null },
    },
    ...patch,
  };
}

type GenerateResult = Awaited<ReturnType<MockLanguageModelV4["doGenerate"]>>;

/** What a mock model returns for one call: `text` as the answer, with token counts. */
export function generateResult(text: string, tokens = { input: 100, output: 20 }): GenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: {
      inputTokens: { total: tokens.input, noCache: tokens.input, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: tokens.output, text: tokens.output, reasoning: undefined },
    },
    warnings: [],
  };
}
