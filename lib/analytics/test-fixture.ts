/**
 * A small workspace with known calls, for tests that check every figure by hand.
 * Time zone America/Los_Angeles; the week of Monday 2026-03-02 to Sunday 2026-03-08, the day
 * daylight saving time starts there. See the table in analytics.test.ts for the expected figures.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { conversions, workspaces } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { loadForEvaluation } from "@/lib/evaluation/load-definitions";
import { overrideGoal, overrideOutcome } from "@/lib/evaluation/overrides";
import { persistEvaluation } from "@/lib/evaluation/persist-evaluation";
import type { EvaluationResult, GoalStatus, SentimentLabel } from "@/lib/evaluation/types";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";

type Verdicts = Record<string, GoalStatus | [GoalStatus, { reached: boolean }]>;

export interface CallSpec {
  agent: "frontDesk" | "sales";
  endedAt: string;
  direction?: "inbound" | "outbound";
  callType?: "individual" | "campaign";
  endReason?: string;
  durationSeconds?: number | null;
  evaluation?: { goals: Verdicts; outcome: string; sentiment?: [SentimentLabel, number]; costUsd: number };
}

export function evaluationResult(spec: NonNullable<CallSpec["evaluation"]>): EvaluationResult {
  return {
    goals: Object.entries(spec.goals).map(([key, v]) => {
      const [status, extra] = Array.isArray(v) ? v : [v, { reached: true }];
      return { key, status, confidence: 0.9, rationale: `${key} was ${status}`, evidence: [], variables: {}, reached: extra.reached };
    }),
    outcome: { name: spec.outcome, confidence: 0.9, rationale: "fixture", evidence: [] },
    insights: { sentiment: spec.sentiment ? { label: spec.sentiment[0], score: spec.sentiment[1] } : null, summary: null, topics: [], fields: {} },
    usage: { engine: "local", model: null, inputTokens: 0, outputTokens: 0, costUsd: spec.costUsd, durationMs: 1 },
  };
}

export async function addCall(db: Db, ctx: Ctx, agentId: string, spec: CallSpec): Promise<string> {
  const { id } = await ingestConversation(
    ctx,
    callBody(agentId, {
      startedAt: null,
      endedAt: spec.endedAt,
      direction: spec.direction ?? "inbound",
      callType: spec.callType ?? "individual",
      endReason: spec.endReason ?? "completed",
      durationSeconds: spec.durationSeconds === undefined ? 60 : spec.durationSeconds,
    }),
  );
  if (spec.evaluation) await evaluate(db, id, spec.evaluation);
  return id;
}

export async function evaluate(db: Db, conversationId: string, evaluation: NonNullable<CallSpec["evaluation"]>, trigger: "ingest" | "reevaluate" = "ingest") {
  await persistEvaluation(db, await loadForEvaluation(db, conversationId, "current"), evaluationResult(evaluation), trigger);
}

const A = { greet: "achieved", book: "achieved", email: "achieved" } as const;

/** The ten calls; `calls[n]` is call n of the table in analytics.test.ts. */
export async function buildFixture(db: Db) {
  const owner = await createOwner(db, "Fixture Owner");
  await db.update(workspaces).set({ timeZone: "America/Los_Angeles" }).where(eq(workspaces.id, owner.workspace.id));
  const frontDesk = await createAgentWithGoals(owner.ctx, [["greet"], ["book", { kind: "primary" }], ["email"]], "Front desk");
  const sales = await createAgentWithGoals(owner.ctx, [["qualify", { kind: "primary" }]], "Sales");
  const agentId = { frontDesk: frontDesk.id, sales: sales.id };
  const outcomes = Object.fromEntries((await listOutcomes(owner.ctx)).map((o) => [o.name, o.id]));
  const add = (spec: CallSpec) => addCall(db, owner.ctx, agentId[spec.agent], spec);

  const calls: Record<number, string> = {};
  calls[1] = await add({ agent: "frontDesk", endedAt: "2026-03-02T18:00:00Z", durationSeconds: 120, evaluation: { goals: A, outcome: "Appointment Scheduled", sentiment: ["positive", 0.8], costUsd: 0.01 } });
  calls[2] = await add({
    agent: "frontDesk",
    endedAt: "2026-03-03T19:00:00Z",
    durationSeconds: 60,
    evaluation: { goals: { greet: "achieved", book: "partially_achieved", email: ["not_achieved", { reached: false }] }, outcome: "Follow-up Needed", sentiment: ["neutral", 0.1], costUsd: 0.01 },
  });
  calls[3] = await add({
    agent: "frontDesk",
    endedAt: "2026-03-04T17:00:00Z",
    direction: "outbound",
    callType: "campaign",
    endReason: "voicemail",
    durationSeconds: 20,
    evaluation: { goals: { greet: "not_achieved", book: "not_achieved", email: "not_achieved" }, outcome: "Voicemail", costUsd: 0.001 },
  });
  calls[4] = await add({ agent: "frontDesk", endedAt: "2026-03-05T17:00:00Z", direction: "outbound", callType: "campaign", endReason: "no-answer", durationSeconds: null });
  // 23:30 on 8 March in Los Angeles (PDT, the day clocks go forward) is 06:30 UTC on the 9th.
  calls[5] = await add({
    agent: "frontDesk",
    endedAt: "2026-03-09T06:30:00Z",
    durationSeconds: 300,
    evaluation: { goals: { greet: "achieved", book: "not_achieved", email: "achieved" }, outcome: "Not Interested", sentiment: ["negative", -0.5], costUsd: 0.02 },
  });
  // 23:30 on 1 March in Los Angeles (PST): the previous period.
  calls[6] = await add({ agent: "frontDesk", endedAt: "2026-03-02T07:30:00Z", durationSeconds: 100, evaluation: { goals: A, outcome: "Appointment Scheduled", sentiment: ["positive", 0.5], costUsd: 0.01 } });
  calls[7] = await add({
    agent: "sales",
    endedAt: "2026-03-06T20:00:00Z",
    direction: "outbound",
    durationSeconds: 200,
    evaluation: { goals: { qualify: "achieved" }, outcome: "Qualified Lead", sentiment: ["positive", 0.6], costUsd: 0.005 },
  });
  calls[8] = await add({
    agent: "sales",
    endedAt: "2026-03-07T20:00:00Z",
    direction: "outbound",
    durationSeconds: 90,
    evaluation: { goals: { qualify: "achieved" }, outcome: "Qualified Lead", sentiment: ["positive", 0.3], costUsd: 0.005 },
  });
  // Re-evaluated: the second verdict replaces the first; both evaluations cost money.
  await evaluate(db, calls[8], { goals: { qualify: "not_achieved" }, outcome: "Not Interested", sentiment: ["negative", -0.4], costUsd: 0.005 }, "reevaluate");
  // 00:30 on 8 March in Los Angeles, still PST.
  calls[9] = await add({ agent: "sales", endedAt: "2026-03-08T08:30:00Z", direction: "outbound", endReason: "busy", durationSeconds: null });
  // 01:00 on 9 March in Los Angeles: after the range.
  calls[10] = await add({ agent: "sales", endedAt: "2026-03-09T08:00:00Z", direction: "outbound", durationSeconds: 45 });

  // A person: the booking on call 5 did happen, and it ended with an appointment.
  await overrideGoal(owner.ctx, calls[5], "book", { status: "achieved" });
  await overrideOutcome(owner.ctx, calls[5], { outcomeId: outcomes["Appointment Scheduled"] });
  await db.insert(conversions).values([
    { workspaceId: owner.workspace.id, conversationId: calls[7], eventType: "sale", profit: 150, source: "api", matched: true },
    { workspaceId: owner.workspace.id, conversationId: calls[7], eventType: "lead", profit: null, source: "pixel", matched: true },
    // Not matched to a call: in no conversation's figures.
    { workspaceId: owner.workspace.id, conversationId: null, phoneNumber: "+14155550100", eventType: "sale", profit: 99, source: "api" },
  ]);
  return { ...owner, agents: agentId, outcomes, calls };
}

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;
