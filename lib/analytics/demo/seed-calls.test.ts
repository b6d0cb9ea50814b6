import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { agents, conversations, goalResults } from "@/db/schema";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { resolveFilters } from "../filters";
import { getGoalStats } from "../get-goal-stats";
import { getSummary } from "../get-summary";
import { seedDemoCalls } from "./seed-calls";

describe.each(TEST_ENGINES)("demo calls on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });

  it("fills a workspace with varied, plausible calls over 90 days, and a second run adds to the same agents", async () => {
    const { ctx, workspace } = await createOwner(database.db);
    const now = new Date("2026-11-20T18:00:00Z");
    const result = await seedDemoCalls(database.db, workspace, { conversations: 600, now, chunkSize: 250 });
    expect(result).toMatchObject({ conversations: 600, agents: 6 });
    expect(result.goalResults).toBeGreaterThan(1800);

    const s = await getSummary(ctx, await resolveFilters(ctx, { from: "2026-08-22", to: "2026-11-20" }));
    expect(s.conversations).toBe(600);
    expect(s.evaluated).toBeGreaterThan(560);
    expect(s.voicemail).toBeGreaterThan(10);
    expect(s.noAnswer + s.busy).toBeGreaterThan(3);
    expect(s.successRate).toBeGreaterThan(0.25);
    expect(s.successRate).toBeLessThan(0.8);
    expect(s.partial).toBeGreaterThan(0);
    expect(s.conversions).toBeGreaterThan(10);
    expect(s.profit).toBeGreaterThan(100);
    expect(s.evaluationCostUsd).toBeGreaterThan(1);
    const goals = await getGoalStats(ctx, await resolveFilters(ctx, { from: "2026-08-22", to: "2026-11-20" }));
    expect(new Set(goals.map((g) => g.agentId)).size).toBe(6);
    expect(goals.some((g) => g.reviewed > 0)).toBe(true);

    await seedDemoCalls(database.db, workspace, { conversations: 50, now, seed: 7 });
    const [{ n }] = await database.db.select({ n: count() }).from(agents).where(eq(agents.workspaceId, workspace.id));
    expect(n).toBe(6);
    const [{ calls }] = await database.db.select({ calls: count() }).from(conversations).where(eq(conversations.workspaceId, workspace.id));
    expect(calls).toBe(650);
    const [{ current }] = await database.db.select({ current: count() }).from(goalResults).where(eq(goalResults.workspaceId, workspace.id));
    expect(current).toBeGreaterThan(0);
  });
});
