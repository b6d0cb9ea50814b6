import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { conversations, evaluations, goalResults, jobs, outboxEvents } from "@/db/schema";
import { FUNCTIONS } from "@/inngest/functions";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { getConversation } from "@/lib/conversations/get-conversation";
import { updateGoal } from "@/lib/goals/update-goal";
import { createGoal } from "@/lib/goals/create-goal";
import { deliverAsJobs, dispatchOutbox } from "@/lib/jobs/dispatch";
import { JobRunner } from "@/lib/jobs/runner";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { callBody } from "@/tests/support/conversations";
import { apiError, startOpenAICompatibleServer, type OpenAICompatibleServer } from "@/tests/support/openai-compatible-server";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { createLocalEvaluator } from "./local";
import { createLlmEvaluatorFromEnv } from "./llm";
import { setEvaluator } from "./evaluator";
import { cancelBackfill, getBackfill, previewBackfill, startBackfill } from "./backfill";
import { reevaluateConversation } from "./reevaluate";

const BOOKING = [
  { speaker: "agent", text: "Thanks for calling Lakeside Dental, this is Sam. How can I help?" },
  { speaker: "customer", text: "Hi, I'd like to book a cleaning, please." },
  { speaker: "agent", text: "I can do Tuesday, November 24 at 3:30 PM with Dr. Patel. Shall I book it?" },
  { speaker: "customer", text: "Yes please, that works." },
  { speaker: "agent", text: "Your appointment is booked for Tuesday at 3:30 PM. Can I have your email for the confirmation?" },
  { speaker: "customer", text: "Sure, it's ana@example.com." },
  { speaker: "agent", text: "Great, you'll get a confirmation at ana@example.com. Have a nice day!" },
];

describe.each(TEST_ENGINES)("evaluation pipeline on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let runner: JobRunner;
  afterEach(() => setEvaluator(createLocalEvaluator()));

  /** Delivers the outbox to jobs and runs them to completion, as the server's runner does. */
  async function runJobs(options = {}) {
    runner = new JobRunner(database.db, FUNCTIONS, { backoffBaseMs: 1, pollMs: 5, ...options });
    await dispatchOutbox(database.db, deliverAsJobs(FUNCTIONS));
    await runner.drain();
    while ((await dispatchOutbox(database.db, deliverAsJobs(FUNCTIONS))) > 0) await runner.drain();
  }

  async function setup() {
    setEvaluator(createLocalEvaluator());
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx, [
      ["appointment_booked", { kind: "primary", title: "Appointment booked", description: "An appointment was booked with a confirmed date and time.", outputVariables: [{ name: "date", type: "date" }, { name: "time", type: "time" }] }],
      ["email_collected", { title: "Email collected", description: "The customer gave an email address for the confirmation.", outputVariables: [{ name: "email", type: "email" }] }],
    ]);
    return { ...owner, agent };
  }

  it("judges a stored call, keeps the revision it judged, sets the outcome and emits conversation/evaluated", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript: BOOKING }));
    await runJobs();
    const conversation = await getConversation(ctx, id);
    expect(conversation.status).toBe("evaluated");
    expect(conversation.outcome?.name).toBe("Appointment Scheduled");
    expect(conversation.timeline.map((t) => t.type)).toEqual(["received", "evaluating", "evaluated"]);
    const results = await database.db.select().from(goalResults).where(eq(goalResults.conversationId, id));
    const byKey = Object.fromEntries(results.map((r) => [r.goalKey, r]));
    expect(byKey.appointment_booked).toMatchObject({ status: "achieved", effectiveStatus: "achieved", goalRevision: 1, kind: "primary" });
    expect(byKey.appointment_booked.variables).toMatchObject({ time: "15:30" });
    expect(byKey.email_collected).toMatchObject({ status: "achieved", variables: { email: "ana@example.com" } });
    for (const r of results) for (const e of r.evidence) expect(BOOKING[e.turn].text.toLowerCase()).toContain(e.quote.toLowerCase());
    const emitted = await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, ctx.workspace.id));
    expect(emitted.map((e) => e.name).sort()).toEqual(["conversation/ended", "conversation/evaluated", "objective/completed", "objective/completed"]);
  });

  it("judges against the definitions in force when the call ended", async () => {
    const { ctx, agent } = await setup();
    const endedAt = new Date(Date.now() + 60_000);
    await updateGoal(ctx, agent.id, "email_collected", { description: "The customer gave an email address and a phone number." });
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: endedAt.toISOString(), startedAt: undefined, transcript: BOOKING }));
    // Changed after the call: must not count.
    await new Promise((r) => setTimeout(r, 5));
    const later = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() - 3_600_000).toISOString(), startedAt: undefined, transcript: BOOKING }));
    await runJobs();
    const revisions = Object.fromEntries((await database.db.select().from(goalResults).where(eq(goalResults.conversationId, id))).map((r) => [r.goalKey, r.goalRevision]));
    expect(revisions).toEqual({ appointment_booked: 1, email_collected: 2 });
    // A call that ended before the goals existed is judged against none of them.
    expect(await database.db.select().from(goalResults).where(eq(goalResults.conversationId, later.id))).toHaveLength(0);
    expect((await getConversation(ctx, later.id)).status).toBe("evaluated");
  });

  it("skips goal judging for voicemail and classifies it directly", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, endReason: "voicemail", transcript: [{ speaker: "system", text: "Please leave a message after the tone." }] }));
    await runJobs();
    expect((await getConversation(ctx, id)).outcome?.name).toBe("Voicemail");
    const results = await database.db.select().from(goalResults).where(eq(goalResults.conversationId, id));
    expect(results.every((r) => r.status === "not_achieved" && !r.reached)).toBe(true);
  });

  describe("with an OpenAI-compatible server that fails", () => {
    let server: OpenAICompatibleServer;
    beforeAll(async () => {
      server = await startOpenAICompatibleServer();
    });
    afterAll(() => server.close());

    it("retries with backoff, then marks the conversation failed with the reason", async () => {
      const { ctx, agent } = await setup();
      setEvaluator(createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL }));
      server.reply(...Array.from({ length: 12 }, () => apiError(500, "model overloaded", 0)));
      const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined }));
      await runJobs();
      const [job] = await database.db.select().from(jobs).where(and(eq(jobs.eventName, "conversation/ended"), eq(jobs.workspaceId, ctx.workspace.id)));
      expect(job).toMatchObject({ status: "failed", attempts: 4 });
      expect(job.lastError).toMatch(/model overloaded|500/);
      const conversation = await getConversation(ctx, id);
      expect(conversation.status).toBe("failed");
      expect(conversation.timeline.at(-1)).toMatchObject({ type: "failed", detail: { error: expect.stringMatching(/500|overloaded/) } });
    });
  });

  it("picks up a job a crashed process left running", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript: BOOKING }));
    await dispatchOutbox(database.db, deliverAsJobs(FUNCTIONS));
    // The process that claimed it died: the row says running, nobody is running it.
    await database.db.update(jobs).set({ status: "running", lockedAt: new Date(), attempts: 1 }).where(eq(jobs.eventName, "conversation/ended"));
    const fresh = new JobRunner(database.db, FUNCTIONS, { pollMs: 5 });
    expect(await fresh.recover(false)).toBe(0); // still within its lease
    expect(await fresh.recover(true)).toBeGreaterThanOrEqual(1); // sole process: take it back
    await fresh.drain();
    expect((await getConversation(ctx, id)).status).toBe("evaluated");
  });

  it("re-evaluates on request: the old result stays, the new one is current and uses current definitions", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript: BOOKING }));
    await runJobs();
    await createGoal(ctx, agent.id, { key: "thanked", title: "Thanked", description: "The agent wished the customer a nice day at the end of the call." });
    await reevaluateConversation(ctx, id);
    const all = await database.db.select().from(evaluations).where(eq(evaluations.conversationId, id));
    expect(all).toHaveLength(2);
    expect(all.filter((e) => e.isCurrent)).toHaveLength(1);
    const current = await database.db.select().from(goalResults).where(and(eq(goalResults.conversationId, id), eq(goalResults.isCurrent, true)));
    expect(current.map((r) => r.goalKey).sort()).toEqual(["appointment_booked", "email_collected", "thanked"]);
    expect(all.find((e) => e.isCurrent)?.trigger).toBe("reevaluate");
  });

  it("backfills over a filter with a preview, progress and cancellation", async () => {
    const { ctx, agent } = await setup();
    for (let i = 0; i < 3; i++) await ingestConversation(ctx, callBody(agent.id, { endedAt: "2026-01-0" + (i + 1) + "T10:00:00Z", startedAt: undefined }));
    await runJobs();
    const preview = await previewBackfill(ctx, { agentId: agent.id, from: "2026-01-01", to: "2026-01-02" });
    expect(preview).toMatchObject({ conversations: 2, engine: "local", estimatedCostUsd: 0 });
    const backfill = await startBackfill(ctx, { agentId: agent.id, from: "2026-01-01", to: "2026-01-02" });
    await runJobs();
    expect(await getBackfill(ctx, backfill.id)).toMatchObject({ status: "completed", total: 2, done: 2, failed: 0 });
    const judged = await database.db.select().from(evaluations).where(and(eq(evaluations.workspaceId, ctx.workspace.id), eq(evaluations.trigger, "backfill")));
    expect(judged).toHaveLength(2);

    const second = await startBackfill(ctx, { agentId: agent.id });
    await cancelBackfill(ctx, second.id);
    await runJobs();
    expect(await getBackfill(ctx, second.id)).toMatchObject({ status: "cancelled", done: 0 });
    await expect(previewBackfill(ctx, { agentId: "someone-elses" })).rejects.toMatchObject({ issues: [{ path: "agentId" }] });
  });

  it("stores nothing for another workspace and never judges another workspace's call", async () => {
    const a = await setup();
    const b = await setup();
    const { id } = await ingestConversation(a.ctx, callBody(a.agent.id));
    await expect(reevaluateConversation(b.ctx, id)).rejects.toThrow(/not found/);
    expect(await database.db.select().from(conversations).where(eq(conversations.workspaceId, b.ctx.workspace.id))).toHaveLength(0);
  });
});
