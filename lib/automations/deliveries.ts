import { and, asc, desc, eq, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { deliveries, deliveryAttempts } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { afterCursor, pageOf } from "@/lib/pagination";
import { parseInput } from "@/lib/validation";
import { recordEvents } from "@/lib/events/record-event";

export const deliveriesQuery = z.object({
  status: z.enum(["pending", "succeeded", "failed", "unconfirmed"], { error: "must be pending, succeeded, failed or unconfirmed" }).optional(),
  automationId: z.string().min(1).optional(),
  conversationId: z.string().min(1).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The delivery log, newest first, with every attempt of each delivery. */
export async function listDeliveries(ctx: Ctx, input: unknown) {
  const q = parseInput(deliveriesQuery, input);
  const where: (SQL | undefined)[] = [
    eq(deliveries.workspaceId, ctx.workspace.id),
    q.status ? eq(deliveries.status, q.status) : undefined,
    q.automationId ? eq(deliveries.automationId, q.automationId) : undefined,
    q.conversationId ? eq(deliveries.conversationId, q.conversationId) : undefined,
  ];
  where.push(afterCursor(q.cursor, deliveries.createdAt, deliveries.id));
  const rows = await ctx.db.select().from(deliveries).where(and(...where)).orderBy(desc(deliveries.createdAt), desc(deliveries.id)).limit(q.limit + 1);
  const { page, nextCursor } = pageOf(rows, q.limit, (row) => row.createdAt);
  const attempts = page.length
    ? await ctx.db.select().from(deliveryAttempts).where(or(...page.map((d) => eq(deliveryAttempts.deliveryId, d.id)))).orderBy(asc(deliveryAttempts.attempt))
    : [];
  return {
    data: page.map((d) => ({
      id: d.id,
      automationId: d.automationId,
      actionId: d.actionId,
      actionType: d.actionType,
      conversationId: d.conversationId,
      conversionId: d.conversionId,
      status: d.status,
      attempts: attempts.filter((a) => a.deliveryId === d.id).map((a) => ({ attempt: a.attempt, request: a.request, responseStatus: a.responseStatus, error: a.error, durationMs: a.durationMs, at: a.at })),
      lastError: d.lastError,
      result: d.result,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    })),
    nextCursor,
  };
}

/** A person replays a failed or unconfirmed delivery: it runs again once, even if it already happened. */
export async function replayDelivery(ctx: Ctx, deliveryId: string) {
  assertCan(ctx, "automations.manage");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(deliveries).where(and(eq(deliveries.id, deliveryId), eq(deliveries.workspaceId, ctx.workspace.id)));
    if (!row) throw new NotFoundError("Delivery");
    if (row.status !== "failed" && row.status !== "unconfirmed") throw InvalidError.field("status", `only failed or unconfirmed deliveries can be replayed (this one is ${row.status})`);
    await tx.update(deliveries).set({ status: "pending", updatedAt: new Date() }).where(eq(deliveries.id, row.id));
    await recordEvents(tx, { name: "delivery/replay-requested", data: { workspaceId: ctx.workspace.id, deliveryId: row.id, effectKey: row.effectKey } });
    return { id: row.id, status: "pending" as const };
  });
}
