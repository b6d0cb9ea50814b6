import type { Db } from "@/db";
import { outboxEvents } from "@/db/schema";

/** Every event Debrief emits, named noun/verb-past, with its data. */
export interface EventMap {
  "conversation/ended": { workspaceId: string; conversationId: string };
  "conversation/evaluated": { workspaceId: string; conversationId: string; evaluationId: string };
  "objective/completed": { workspaceId: string; conversationId: string; goalKey: string; evaluationId: string };
  "conversion/recorded": { workspaceId: string; conversionId: string; conversationId: string | null };
  "backfill/requested": { workspaceId: string; backfillId: string };
  /** A person overrode or confirmed a verdict, or changed the outcome: rules are checked again. */
  "conversation/reviewed": { workspaceId: string; conversationId: string };
  "delivery/replay-requested": { workspaceId: string; deliveryId: string; effectKey: string };
}
export type EventName = keyof EventMap;

/** One event of the map: its name with the data that name carries. */
export type DebriefEvent = { [N in EventName]: { name: N; data: EventMap[N] } }[EventName];

/**
 * Records events in the outbox, inside the caller's transaction; the dispatcher delivers them
 * after commit. The one way to emit an event: the names and data are checked against EventMap.
 */
export async function recordEvents(db: Db, ...events: DebriefEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(outboxEvents).values(events.map(({ name, data }) => ({ name, data: data as unknown as Record<string, unknown>, workspaceId: data.workspaceId })));
}
