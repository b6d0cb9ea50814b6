import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { analyticsDaily, analyticsFacts, analyticsGoalDaily, conversions, workspaces } from "@/db/schema";
import { deleteAgent } from "@/lib/agents/delete-agent";
import { deleteConversation } from "@/lib/conversations/get-conversation";
import { clearGoalOverride, overrideOutcome } from "@/lib/evaluation/overrides";
import { createOutcome, deleteOutcome } from "@/lib/outcomes/outcomes";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { resolveFilters } from "./filters";
import { getSummary } from "./get-summary";
import { flushAnalytics, rebuildRollups } from "./refresh-facts";
import { setWorkspaceTimeZone } from "./set-time-zone";
import { addCall, buildFixture, evaluate, type Fixture } from "./test-fixture";

const RANGE = { from: "2026-03-02", to: "2026-03-08" };

describe.each(TEST_ENGINES)("rollups kept current on write on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let fx: Fixture;
  const summary = async (query: Record<string, unknown> = {}) => getSummary(fx.ctx, await resolveFilters(fx.ctx, { ...RANGE, ...query }));

  /** Every non-empty rollup row; must equal what a rebuild from the source tables computes. */
  async function rollups() {
    const ws = fx.workspace.id;
    await flushAnalytics(database.db, ws);
    const daily = await database.db.select().from(analyticsDaily).where(eq(analyticsDaily.workspaceId, ws)).orderBy(asc(analyticsDaily.day), asc(analyticsDaily.agentId), asc(analyticsDaily.direction), asc(analyticsDaily.callType), asc(analyticsDaily.outcomeId));
    const goals = await database.db.select().from(analyticsGoalDaily).where(eq(analyticsGoalDaily.workspaceId, ws)).orderBy(asc(analyticsGoalDaily.day), asc(analyticsGoalDaily.agentId), asc(analyticsGoalDaily.goalKey), asc(analyticsGoalDaily.direction), asc(analyticsGoalDaily.callType));
    const round = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v]));
    return { daily: daily.filter((r) => r.conversations !== 0).map(round), goals: goals.filter((r) => r.results !== 0).map(round) };
  }
  async function expectRollupsMatchRebuild() {
    const incremental = await rollups();
    await rebuildRollups(database.db, fx.workspace.id);
    expect(incremental).toEqual(await rollups());
  }

  beforeAll(async () => {
    fx = await buildFixture(database.db);
  });

  it("after ingest, evaluation, re-evaluation, overrides and conversions the rollups equal a rebuild", async () => {
    await expectRollupsMatchRebuild();
  });

  it("(the check itself notices a rollup that drifted)", async () => {
    await database.db.update(analyticsDaily).set({ achieved: 99 }).where(eq(analyticsDaily.workspaceId, fx.workspace.id));
    const drifted = await rollups();
    await rebuildRollups(database.db, fx.workspace.id);
    expect(drifted).not.toEqual(await rollups());
  });

  it("clearing a person's goal verdict brings the machine's back", async () => {
    await clearGoalOverride(fx.ctx, fx.calls[5], "book");
    expect(await summary()).toMatchObject({ judged: 5, achieved: 2, notAchieved: 2, successRate: 0.4 });
    await expectRollupsMatchRebuild();
  });

  it("re-evaluation replaces the current verdicts and adds the cost", async () => {
    await evaluate(database.db, fx.calls[2], { goals: { greet: "achieved", book: "achieved", email: "achieved" }, outcome: "Appointment Scheduled", costUsd: 0.01 }, "reevaluate");
    const s = await summary();
    expect(s).toMatchObject({ judged: 5, achieved: 3, partial: 0, notAchieved: 2 });
    expect(s.evaluationCostUsd).toBeCloseTo(0.066, 6);
    await expectRollupsMatchRebuild();
  });

  it("an outcome override to Voicemail takes the call out of the rates and counts it as voicemail", async () => {
    await overrideOutcome(fx.ctx, fx.calls[2], { outcomeId: fx.outcomes.Voicemail });
    expect(await summary()).toMatchObject({ conversations: 8, connected: 4, voicemail: 2, judged: 4, achieved: 2 });
    await expectRollupsMatchRebuild();
  });

  it("deleting a conversation subtracts it", async () => {
    await deleteConversation(fx.ctx, fx.calls[1]);
    expect(await summary()).toMatchObject({ conversations: 7, judged: 3, achieved: 1 });
    expect(await database.db.select().from(analyticsFacts).where(eq(analyticsFacts.conversationId, fx.calls[1]))).toEqual([]);
    await expectRollupsMatchRebuild();
  });

  it("conversions recorded, changed or deleted later move the profit", async () => {
    await database.db.insert(conversions).values({ workspaceId: fx.workspace.id, conversationId: fx.calls[8], eventType: "sale", profit: 40.5, source: "manual" });
    expect(await summary()).toMatchObject({ conversions: 3, profit: 190.5 });
    await database.db.update(conversions).set({ profit: 50 }).where(eq(conversions.conversationId, fx.calls[8]));
    expect(await summary()).toMatchObject({ conversions: 3, profit: 200 });
    await database.db.delete(conversions).where(eq(conversions.conversationId, fx.calls[7]));
    expect(await summary()).toMatchObject({ conversions: 1, profit: 50 });
    await expectRollupsMatchRebuild();
  });

  it("deleting an outcome moves its calls to no outcome", async () => {
    const custom = await createOutcome(fx.ctx, { name: "Callback booked", description: "The customer asked to be called back at a set time." });
    const id = await addCall(database.db, fx.ctx, fx.agents.sales, { agent: "sales", endedAt: "2026-03-05T20:00:00Z", evaluation: { goals: { qualify: "achieved" }, outcome: "Callback booked", costUsd: 0 } });
    const before = await summary();
    await deleteOutcome(fx.ctx, custom.id);
    const [fact] = await database.db.select().from(analyticsFacts).where(eq(analyticsFacts.conversationId, id));
    expect(fact.outcomeId).toBeNull();
    expect((await summary()).conversations).toBe(before.conversations);
    await expectRollupsMatchRebuild();
  });

  it("changing the time zone rebuilds the local days", async () => {
    await setWorkspaceTimeZone(fx.ctx, { timeZone: "UTC" });
    // In UTC, call 5 (06:30 on the 9th) leaves the range and call 6 (07:30 on the 2nd) enters it.
    const [fact5] = await database.db.select({ day: analyticsFacts.day }).from(analyticsFacts).where(eq(analyticsFacts.conversationId, fx.calls[5]));
    expect(fact5.day).toBe("2026-03-09");
    expect((await summary()).timeZone).toBe("UTC");
    await expect(setWorkspaceTimeZone(fx.ctx, { timeZone: "Mars/Olympus" })).rejects.toMatchObject({ issues: [{ path: "timeZone" }] });
    // An old name is stored as its current one (ICU still lists Asia/Calcutta; people look for Kolkata).
    expect(await setWorkspaceTimeZone(fx.ctx, { timeZone: "Asia/Calcutta" })).toEqual({ timeZone: "Asia/Kolkata", rebuilt: true });
    expect((await summary()).timeZone).toBe("Asia/Kolkata");
    await setWorkspaceTimeZone(fx.ctx, { timeZone: "America/Los_Angeles" });
    await expectRollupsMatchRebuild();
  });

  it("deleting an agent, then the workspace, leaves nothing behind and raises nothing", async () => {
    await deleteAgent(fx.ctx, fx.agents.sales);
    expect(await database.db.select().from(analyticsDaily).where(and(eq(analyticsDaily.workspaceId, fx.workspace.id), eq(analyticsDaily.agentId, fx.agents.sales)))).toEqual([]);
    await expectRollupsMatchRebuild();
    await database.db.delete(workspaces).where(eq(workspaces.id, fx.workspace.id));
    expect(await database.db.select().from(analyticsDaily).where(eq(analyticsDaily.workspaceId, fx.workspace.id))).toEqual([]);
    expect(await database.db.select().from(analyticsFacts).where(eq(analyticsFacts.workspaceId, fx.workspace.id))).toEqual([]);
  });
});
