import { beforeAll, describe, expect, it } from "vitest";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import * as oneRoute from "@/app/api/v1/conversations/[id]/route";
import * as reevaluateRoute from "@/app/api/v1/conversations/[id]/reevaluate/route";
import * as confirmRoute from "@/app/api/v1/conversations/[id]/objectives/[key]/confirm/route";
import * as rejectRoute from "@/app/api/v1/conversations/[id]/objectives/[key]/reject/route";
import * as goalOverrideRoute from "@/app/api/v1/conversations/[id]/overrides/goals/[key]/route";
import * as outcomeOverrideRoute from "@/app/api/v1/conversations/[id]/overrides/outcome/route";
import * as previewRoute from "@/app/api/v1/backfills/preview/route";
import * as backfillsRoute from "@/app/api/v1/backfills/route";
import * as backfillRoute from "@/app/api/v1/backfills/[id]/route";
import * as cancelRoute from "@/app/api/v1/backfills/[id]/cancel/route";
import * as agreementRoute from "@/app/api/v1/agents/[id]/agreement/route";
import * as benchRoute from "@/app/api/v1/agents/[id]/test-bench/route";
import * as casesRoute from "@/app/api/v1/agents/[id]/test-cases/route";
import * as caseRoute from "@/app/api/v1/agents/[id]/test-cases/[caseId]/route";
import * as runRoute from "@/app/api/v1/agents/[id]/test-cases/run/route";
import { FUNCTIONS } from "@/inngest/functions";
import { setEvaluator } from "@/lib/evaluation/evaluator";
import { createLocalEvaluator } from "@/lib/evaluation/local";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { deliverAsJobs, dispatchOutbox } from "@/lib/jobs/dispatch";
import { JobRunner } from "@/lib/jobs/runner";
import { callRoute } from "../support/api";
import { callBody } from "../support/conversations";
import { createAgentWithGoals } from "../support/definitions";
import { createKey, createOwner } from "../support/factories";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

const CALL = [
  { speaker: "agent", text: "Your appointment is booked for Tuesday at 3:30 PM." },
  { speaker: "customer", text: "Great. My email is ana@example.com." },
];

describe.each(TEST_ENGINES)("evaluation API on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  beforeAll(async () => {
    setEvaluator(createLocalEvaluator());
  });

  async function evaluated() {
    const owner = await createOwner(database.db);
    const key = await createKey(owner.ctx);
    const agent = await createAgentWithGoals(owner.ctx, [
      ["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }],
      ["email_collected", { description: "The customer gave an email address.", confirmationMode: "manual" }],
    ]);
    const { body } = await callRoute(conversationsRoute.POST, { method: "POST", key, body: callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript: CALL }) });
    await dispatchOutbox(database.db, deliverAsJobs(FUNCTIONS));
    await new JobRunner(database.db, FUNCTIONS).drain();
    return { ...owner, key, agent, id: body.id as string };
  }

  it("serves results with the conversation, confirms manual objectives, overrides, re-evaluates", async () => {
    const { ctx, key, id } = await evaluated();
    const one = await callRoute(oneRoute.GET, { key, params: { id } });
    expect(one.body.results.goals.map((g: { key: string; status: string }) => [g.key, g.status])).toEqual([
      ["appointment_booked", "achieved"],
      ["email_collected", "pending_confirmation"],
    ]);
    expect(one.body.results.usage.engine).toBe("local");
    expect((await callRoute(confirmRoute.POST, { method: "POST", key, params: { id, key: "email_collected" } })).body).toEqual({ status: "achieved" });
    expect((await callRoute(rejectRoute.POST, { method: "POST", key, params: { id, key: "appointment_booked" } })).status).toBe(409);
    expect((await callRoute(goalOverrideRoute.PUT, { method: "PUT", key, params: { id, key: "appointment_booked" }, body: { status: "partially_achieved", note: "time not confirmed" } })).status).toBe(200);
    expect((await callRoute(goalOverrideRoute.PUT, { method: "PUT", key, params: { id, key: "appointment_booked" }, body: { status: "sure" } })).body.error.details.issues[0].path).toBe("status");
    const followUp = (await listOutcomes(ctx)).find((o) => o.name === "Follow-up Needed")!;
    expect((await callRoute(outcomeOverrideRoute.PUT, { method: "PUT", key, params: { id }, body: { outcomeId: followUp.id } })).body.name).toBe("Follow-up Needed");
    expect((await callRoute(reevaluateRoute.POST, { method: "POST", key, params: { id } })).body.evaluationId).toEqual(expect.any(String));
    const after = await callRoute(oneRoute.GET, { key, params: { id } });
    expect(after.body.results.history).toHaveLength(2);
    expect(after.body.results.goals[0]).toMatchObject({ status: "achieved", effectiveStatus: "partially_achieved", human: { note: "time not confirmed" } });
    expect(after.body.outcome.name).toBe("Follow-up Needed");
    expect((await callRoute(goalOverrideRoute.DELETE, { method: "DELETE", key, params: { id, key: "appointment_booked" } })).status).toBe(204);
  });

  it("backfills with preview, progress and cancel; agreement; test bench and test set", async () => {
    const { key, agent } = await evaluated();
    expect((await callRoute(previewRoute.POST, { method: "POST", key, body: { agentId: agent.id } })).body).toMatchObject({ conversations: 1, engine: "local" });
    const started = await callRoute(backfillsRoute.POST, { method: "POST", key, body: { agentId: agent.id } });
    expect(started).toMatchObject({ status: 202, body: { status: "running", total: 1 } });
    expect((await callRoute(backfillRoute.GET, { key, params: { id: started.body.id } })).body.done).toBe(0);
    expect((await callRoute(cancelRoute.POST, { method: "POST", key, params: { id: started.body.id } })).body.status).toBe("cancelled");
    expect((await callRoute(agreementRoute.GET, { key, params: { id: agent.id } })).body).toEqual({ data: [] });

    const bench = await callRoute(benchRoute.POST, { method: "POST", key, params: { id: agent.id }, body: { transcript: "Agent: You're booked for Friday at 10 AM.\nCustomer: Thanks." } });
    expect(bench.body.result.goals[0]).toMatchObject({ key: "appointment_booked", status: "achieved" });
    const saved = await callRoute(casesRoute.POST, { method: "POST", key, params: { id: agent.id }, body: { name: "Booked", transcript: CALL, expected: { appointment_booked: "achieved" } } });
    expect(saved.status).toBe(201);
    expect((await callRoute(runRoute.POST, { method: "POST", key, params: { id: agent.id } })).body.goals).toEqual([{ key: "appointment_booked", cases: 1, agreed: 1, rate: 1 }]);
    expect((await callRoute(caseRoute.DELETE, { method: "DELETE", key, params: { id: agent.id, caseId: saved.body.id } })).status).toBe(204);
    expect((await callRoute(casesRoute.GET, { key, params: { id: agent.id } })).body.data).toEqual([]);
  });

  it("answers 404 for another workspace", async () => {
    const a = await evaluated();
    const b = await evaluated();
    const id = a.id;
    for (const attempt of [
      callRoute(reevaluateRoute.POST, { method: "POST", key: b.key, params: { id } }),
      callRoute(confirmRoute.POST, { method: "POST", key: b.key, params: { id, key: "email_collected" } }),
      callRoute(goalOverrideRoute.PUT, { method: "PUT", key: b.key, params: { id, key: "appointment_booked" }, body: { status: "achieved" } }),
      callRoute(outcomeOverrideRoute.PUT, { method: "PUT", key: b.key, params: { id }, body: { outcomeId: "x" } }),
      callRoute(agreementRoute.GET, { key: b.key, params: { id: a.agent.id } }),
      callRoute(benchRoute.POST, { method: "POST", key: b.key, params: { id: a.agent.id }, body: { transcript: "Agent: hi" } }),
      callRoute(casesRoute.GET, { key: b.key, params: { id: a.agent.id } }),
    ]) {
      expect((await attempt).status).toBe(404);
    }
  });
});
