import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobs, outboxEvents } from "@/db/schema";
import type { EventName } from "@/lib/events/record-event";
import { eventsOf, type AnyFunctionSpec } from "./types";

export interface OutboxEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
}

/** Where events go when they leave the outbox: jobs for the in-process runner, or Inngest. */
export type Deliver = (db: Db, events: OutboxEvent[]) => Promise<void>;

/**
 * Moves pending outbox events to their destination in batches and marks them dispatched in the
 * same transaction (in-process) or after the send succeeded (Inngest dedupes by event id, so a
 * crash between send and mark only re-sends the same ids).
 */
export async function dispatchOutbox(db: Db, deliver: Deliver, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await db
      .select({ id: outboxEvents.id, name: outboxEvents.name, data: outboxEvents.data })
      .from(outboxEvents)
      .where(isNull(outboxEvents.dispatchedAt))
      .orderBy(asc(outboxEvents.createdAt))
      .limit(batchSize);
    if (batch.length === 0) return total;
    try {
      await deliver(db, batch);
    } catch (error) {
      await db
        .update(outboxEvents)
        .set({ attempts: sql`${outboxEvents.attempts} + 1`, lastError: String((error as Error).message ?? error) })
        .where(inArray(outboxEvents.id, batch.map((e) => e.id)));
      throw error;
    }
    await db.update(outboxEvents).set({ dispatchedAt: new Date() }).where(and(inArray(outboxEvents.id, batch.map((e) => e.id)), isNull(outboxEvents.dispatchedAt)));
    total += batch.length;
    if (batch.length < batchSize) return total;
  }
}

/** In-process delivery: one job per (subscribed function, event); a repeat delivery adds nothing. */
export function deliverAsJobs(functions: AnyFunctionSpec[]): Deliver {
  return async (db, events) => {
    const rows = events.flatMap((event) =>
      functions
        .filter((fn) => eventsOf(fn).includes(event.name as EventName))
        .map((fn) => ({
          functionId: fn.id,
          eventId: event.id,
          eventName: event.name,
          data: event.data,
          workspaceId: typeof event.data.workspaceId === "string" ? event.data.workspaceId : null,
          maxAttempts: fn.retries + 1,
        })),
    );
    if (rows.length > 0) await db.insert(jobs).values(rows).onConflictDoNothing({ target: [jobs.functionId, jobs.eventId] });
  };
}

