import { and, asc, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { agents, backfills, conversations } from "@/db/schema";
import { actorUserId, assertCan, type Ctx } from "@/lib/context";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { getEvaluator } from "./evaluator";
import { computeCostUsd, findPricing } from "./llm/pricing";
import { recordEvents } from "@/lib/events/record-event";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-11-20");
export const backfillFilter = z.object({ agentId: z.string().min(1).optional(), from: day.optional(), to: day.optional() });
export type BackfillFilter = z.infer<typeof backfillFilter>;

function filterWhere(workspaceId: string, f: BackfillFilter): SQL | undefined {
  return and(
    eq(conversations.workspaceId, workspaceId),
    f.agentId ? eq(conversations.agentId, f.agentId) : undefined,
    f.from ? gte(conversations.endedAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to ? lt(conversations.endedAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)) : undefined,
  );
}

/** How many calls a backfill would judge again, and what it would cost with the configured engine. */
export async function previewBackfill(ctx: Ctx, input: unknown) {
  const filter = parseInput(backfillFilter, input);
  if (filter.agentId) {
    const [agent] = await ctx.db.select({ id: agents.id }).from(agents).where(and(eq(agents.id, filter.agentId), eq(agents.workspaceId, ctx.workspace.id)));
    if (!agent) throw InvalidError.field("agentId", "no agent with this id in this workspace");
  }
  const [{ count, chars }] = await ctx.db
    .select({ count: sql<number>`count(*)::int`, chars: sql<number>`coalesce(sum(length(jsonb_path_query_array(${conversations.transcript}, '$[*].text')::text)), 0)::float8` })
    .from(conversations)
    .where(filterWhere(ctx.workspace.id, filter));
  const evaluator = getEvaluator();
  // Tokens ≈ characters / 4, plus the instructions and the answer of each call.
  const estimatedCostUsd = evaluator.engine === "llm" ? computeCostUsd({ inputTokens: Math.ceil(chars / 4) + count * 1_500, outputTokens: count * 600 }, findPricing(evaluator.modelId ?? "")) : 0;
  return { filter, conversations: count, engine: evaluator.engine, estimatedCostUsd };
}

export async function startBackfill(ctx: Ctx, input: unknown) {
  assertCan(ctx, "conversations.review");
  const preview = await previewBackfill(ctx, input);
  if (preview.conversations === 0) throw InvalidError.field("filter", "no conversations match these filters");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(backfills)
      .values({ workspaceId: ctx.workspace.id, filter: preview.filter, total: preview.conversations, estimatedCostUsd: preview.estimatedCostUsd, createdBy: actorUserId(ctx) })
      .returning();
    await recordEvents(tx, { name: "backfill/requested", data: { workspaceId: ctx.workspace.id, backfillId: row.id } });
    return row;
  });
}

export async function getBackfill(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(backfills).where(and(eq(backfills.id, id), eq(backfills.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Backfill");
  return row;
}

export async function cancelBackfill(ctx: Ctx, id: string) {
  assertCan(ctx, "conversations.review");
  await getBackfill(ctx, id);
  const [row] = await ctx.db.update(backfills).set({ status: "cancelled", finishedAt: new Date() }).where(and(eq(backfills.id, id), eq(backfills.status, "running"))).returning();
  return row ?? getBackfill(ctx, id);
}

/** The next page of a backfill's conversations after `afterId` (ids order the walk, so restarts resume). */
export async function backfillPage(db: Db, backfillId: string, afterId: string | null, size: number) {
  const [row] = await db.select().from(backfills).where(eq(backfills.id, backfillId));
  if (!row || row.status !== "running") return { backfill: row ?? null, ids: [] as string[] };
  const ids = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(filterWhere(row.workspaceId, row.filter), afterId ? gt(conversations.id, afterId) : undefined))
    .orderBy(asc(conversations.id))
    .limit(size);
  return { backfill: row, ids: ids.map((r) => r.id) };
}

export async function recordBackfillProgress(db: Db, backfillId: string, done: number, failed: number, finished: boolean) {
  await db
    .update(backfills)
    .set({
      done: sql`${backfills.done} + ${done}`,
      failed: sql`${backfills.failed} + ${failed}`,
      ...(finished ? { status: sql`case when ${backfills.status} = 'running' then 'completed' else ${backfills.status} end`, finishedAt: new Date() } : {}),
    })
    .where(eq(backfills.id, backfillId));
}
