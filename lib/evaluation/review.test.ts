import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { conversations, outboxEvents } from "@/db/schema";
import { FUNCTIONS } from "@/inngest/functions";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { deliverAsJobs, dispatchOutbox } from "@/lib/jobs/dispatch";
import { JobRunner } from "@/lib/jobs/runner";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { agreementByGoal } from "./agreement";
import { setEvaluator } from "./evaluator";
import { getCurrentResults } from "./get-results";
import { createLocalEvaluator } from "./local";
import { clearGoalOverride, decideObjective, overrideGoal, overrideOutcome } from "./overrides";
import { reevaluateConversation } from "./reevaluate";
import { deleteTestCase, listTestCases, runTestBench, runTestSet, saveTestCase } from "./test-bench";

const CALL = [
  { speaker: "agent", text: "Hi, this is Sam from Lakeside Dental. How can I help?" },
  { speaker: "customer", text: "I'd like to book a cleaning." },
  { speaker: "agent", text: "Your appointment is booked for Tuesday at 3:30 PM." },
  { speaker: "customer", text: "Thanks! My email is ana@example.com." },
];

describe.each(TEST_ENGINES)("review: overrides, confirmation, agreement, test bench on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  beforeAll(async () => {
    setEvaluator(createLocalEvaluator());
  });

  async function evaluatedCall() {
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx, [
      ["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }],
      ["email_collected", { description: "The customer gave an email address.", confirmationMode: "manual", outputVariables: [{ name: "email", type: "email" }] }],
    ]);
    const { id } = await ingestConversation(owner.ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript: CALL }));
    await dispatchOutbox(database.db, deliverAsJobs(FUNCTIONS));
    await new JobRunner(database.db, FUNCTIONS).drain();
    return { ...owner, agent, id };
  }

  it("a manual objective waits for a person; confirming counts it and emits objective/completed", async () => {
    const { ctx, id } = await evaluatedCall();
    const before = await getCurrentResults(ctx, id);
    expect(before?.goals.find((g) => g.key === "email_collected")).toMatchObject({ status: "pending_confirmation", effectiveStatus: "pending_confirmation" });
    await decideObjective(ctx, id, "email_collected", "confirm", { note: "Heard it in the recording" });
    const after = await getCurrentResults(ctx, id);
    expect(after?.goals.find((g) => g.key === "email_collected")).toMatchObject({ status: "pending_confirmation", effectiveStatus: "achieved", human: { kind: "confirmation", status: "achieved", note: "Heard it in the recording" } });
    const completed = await database.db.select().from(outboxEvents).where(and(eq(outboxEvents.workspaceId, ctx.workspace.id), eq(outboxEvents.name, "objective/completed")));
    expect(completed.map((e) => e.data.goalKey).sort()).toEqual(["appointment_booked", "email_collected"]);
    await expect(decideObjective(ctx, id, "appointment_booked", "reject")).rejects.toBeInstanceOf(ConflictError);
  });

  it("overrides keep both verdicts, survive re-evaluation, and feed agreement per goal", async () => {
    const { ctx, agent, id } = await evaluatedCall();
    await overrideGoal(ctx, id, "appointment_booked", { status: "not_achieved", note: "It was only pencilled in" });
    let results = await getCurrentResults(ctx, id);
    expect(results?.goals.find((g) => g.key === "appointment_booked")).toMatchObject({ status: "achieved", effectiveStatus: "not_achieved", human: { status: "not_achieved" } });
    await reevaluateConversation(ctx, id);
    results = await getCurrentResults(ctx, id);
    expect(results?.history).toHaveLength(2);
    expect(results?.goals.find((g) => g.key === "appointment_booked")).toMatchObject({ status: "achieved", effectiveStatus: "not_achieved" });
    expect(await agreementByGoal(ctx, agent.id)).toEqual([expect.objectContaining({ goalKey: "appointment_booked", reviewed: 1, agreed: 0 })]);
    await clearGoalOverride(ctx, id, "appointment_booked");
    expect((await getCurrentResults(ctx, id))?.goals.find((g) => g.key === "appointment_booked")?.effectiveStatus).toBe("achieved");
    await expect(overrideGoal(ctx, id, "appointment_booked", { status: "maybe" })).rejects.toBeInstanceOf(InvalidError);
  });

  it("overrides the outcome, keeping the machine's beside it", async () => {
    const { ctx, id } = await evaluatedCall();
    const followUp = (await listOutcomes(ctx)).find((o) => o.name === "Follow-up Needed")!;
    await overrideOutcome(ctx, id, { outcomeId: followUp.id, note: "They want a call back" });
    const results = await getCurrentResults(ctx, id);
    expect(results?.outcome).toMatchObject({ machine: { name: "Appointment Scheduled" }, override: { name: "Follow-up Needed", note: "They want a call back" } });
    const [row] = await database.db.select().from(conversations).where(eq(conversations.id, id));
    expect(row.outcomeId).toBe(followUp.id);
  });

  it("refuses another workspace's conversation", async () => {
    const a = await evaluatedCall();
    const b = await createOwner(database.db);
    await expect(overrideGoal(b.ctx, a.id, "appointment_booked", { status: "achieved" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideObjective(b.ctx, a.id, "email_collected", "confirm")).rejects.toBeInstanceOf(NotFoundError);
    expect(await getCurrentResults(b.ctx, a.id)).toBeNull();
  });

  it("test bench: judges a pasted transcript now, saves cases and reports agreement per goal", async () => {
    const { ctx, agent } = await evaluatedCall();
    const { result } = await runTestBench(ctx, agent.id, { transcript: "Agent: Your appointment is booked for Friday at 10 AM.\nCustomer: Great, thanks." });
    expect(result.goals.find((g) => g.key === "appointment_booked")?.status).toBe("achieved");
    await saveTestCase(ctx, agent.id, { name: "Booked", transcript: CALL, expected: { appointment_booked: "achieved", email_collected: "pending_confirmation" } });
    const declined = await saveTestCase(ctx, agent.id, { name: "Declined", transcript: "Agent: Would you like to book?\nCustomer: No thanks, not interested.", expected: { appointment_booked: "achieved" } });
    const run = await runTestSet(ctx, agent.id);
    expect(run.goals).toEqual(
      expect.arrayContaining([
        { key: "appointment_booked", cases: 2, agreed: 1, rate: 0.5 },
        { key: "email_collected", cases: 1, agreed: 1, rate: 1 },
      ]),
    );
    expect(run.cases.find((c) => c.name === "Declined")?.checks[0]).toMatchObject({ expected: "achieved", actual: "not_achieved", agreed: false });
    await deleteTestCase(ctx, agent.id, declined.id);
    expect(await listTestCases(ctx, agent.id)).toHaveLength(1);
    await expect(saveTestCase(ctx, agent.id, { name: "x", transcript: "nonsense", expected: {} })).rejects.toBeInstanceOf(InvalidError);
  });
});
