import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { agents, conversationEvents, conversations, conversions, evaluations, goalResults, goals, outcomes, verdictOverrides } from "@/db/schema";
import { createAgent } from "@/lib/agents/create-agent";
import type { Ctx } from "@/lib/context";
import { createGoal } from "@/lib/goals/create-goal";
import { ensureStandardOutcomes } from "@/lib/outcomes/ensure-standard-outcomes";
import { transcriptSearchVector } from "@/lib/conversations/transcript-search";
import { rebuildRollups } from "../refresh-facts";
import { generateChunk, type DemoAgent, type DemoPlan } from "./generate";
import { PROFILES } from "./profiles";
import { createRandom } from "./random";
import { insertWriter, type RowWriter } from "./writers";

export interface SeedCallsOptions {
  conversations: number;
  /** Spread over this many days before `now` (default 90). */
  days?: number;
  now?: Date;
  seed?: number;
  /** COPY on PostgreSQL; multi-row inserts otherwise. */
  writer?: RowWriter;
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The demo agents (with goals, through the domain functions), created once per workspace. */
async function ensureDemoAgents(db: Db, workspace: Ctx["workspace"]): Promise<DemoAgent[]> {
  const ctx: Ctx = { db, workspace, actor: { type: "system", role: "owner" } };
  const existing = await db.select({ id: agents.id, name: agents.name }).from(agents).where(and(eq(agents.workspaceId, workspace.id), inArray(agents.name, PROFILES.map((p) => p.name))));
  for (const profile of PROFILES.filter((p) => !existing.some((e) => e.name === p.name))) {
    const agent = await createAgent(ctx, { name: profile.name, purpose: profile.purpose });
    for (const goal of profile.goals) {
      await createGoal(ctx, agent.id, { key: goal.key, title: goal.title, description: goal.description, kind: goal.key === profile.primary ? "primary" : "secondary" });
    }
    existing.push({ id: agent.id, name: profile.name });
  }
  const goalRows = await db.select().from(goals).where(inArray(goals.agentId, existing.map((e) => e.id)));
  return PROFILES.map((profile) => {
    const id = existing.find((e) => e.name === profile.name)!.id;
    const own = goalRows.filter((g) => g.agentId === id && !g.archivedAt).sort((a, b) => a.position - b.position);
    return { id, profile, goals: own.map((g) => ({ id: g.id, key: g.key, title: g.title, kind: g.kind, position: g.position, rate: profile.goals.find((pg) => pg.key === g.key)?.rate ?? 0.6 })) };
  });
}

/**
 * Fills a workspace with realistic calls over the last 90 days: six agents, funnels of goals,
 * voicemail and unanswered calls, outcomes, sentiment, re-evaluations, reviews and conversions.
 * Rows are written directly in chunks, then the dashboards' rollups are rebuilt in one pass.
 */
export async function seedDemoCalls(db: Db, workspace: Ctx["workspace"], options: SeedCallsOptions) {
  const started = Date.now();
  await ensureStandardOutcomes(db, workspace.id);
  const outcomeRows = await db.select({ id: outcomes.id, name: outcomes.name, isConversion: outcomes.isConversion }).from(outcomes).where(eq(outcomes.workspaceId, workspace.id));
  const plan: DemoPlan = {
    workspaceId: workspace.id,
    agents: await ensureDemoAgents(db, workspace),
    outcomeIds: Object.fromEntries(outcomeRows.map((o) => [o.name, o.id])),
    conversionOutcomes: new Set(outcomeRows.filter((o) => o.isConversion).map((o) => o.name)),
    now: options.now ?? new Date(),
    days: options.days ?? 90,
    tag: randomBytes(4).toString("hex"),
    events: options.conversations <= 20_000,
  };
  const rng = createRandom(options.seed ?? 42);
  const writer = options.writer ?? insertWriter(db);
  const size = options.chunkSize ?? 5_000;
  const totals = { conversations: 0, evaluations: 0, goalResults: 0, conversions: 0 };
  for (let start = 0; start < options.conversations; start += size) {
    const chunk = generateChunk(plan, rng, start, Math.min(size, options.conversations - start));
    await writer.write(conversations, chunk.conversations);
    await writer.write(evaluations, chunk.evaluations);
    await writer.write(goalResults, chunk.goalResults);
    await writer.write(verdictOverrides, chunk.overrides);
    await writer.write(conversions, chunk.conversions);
    await writer.write(conversationEvents, chunk.events);
    totals.conversations += chunk.conversations.length;
    totals.evaluations += chunk.evaluations.length;
    totals.goalResults += chunk.goalResults.length;
    totals.conversions += chunk.conversions.length;
    options.onProgress?.(totals.conversations, options.conversations);
  }
  // Seeded calls arrive judged, so they get the search vector judging fills.
  await db.update(conversations).set({ searchVector: transcriptSearchVector }).where(and(eq(conversations.workspaceId, workspace.id), isNull(conversations.searchVector)));
  const written = Date.now();
  await rebuildRollups(db, workspace.id);
  return { ...totals, agents: plan.agents.length, writeMs: written - started, rollupMs: Date.now() - written };
}
