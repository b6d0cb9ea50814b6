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

/** Records an event in the outbox, inside the caller's transaction; the dispatcher delivers it after commit. */
export async function recordEvent<N extends EventName>(db: Db, name: N, data: EventMap[N]): Promise<void> {
  await db.insert(outboxEvents).values({ name, data: data as unknown as Record<string, unknown>, workspaceId: data.workspaceId });
}
