import { Inngest, eventType } from "inngest";
import { z } from "zod";
import { getEnv } from "@/lib/env";

/** Typed events: the same names and shapes as lib/events (EventMap). */
export const events = {
  conversationEnded: eventType("conversation/ended", { schema: z.object({ workspaceId: z.string(), conversationId: z.string() }) }),
  conversationEvaluated: eventType("conversation/evaluated", { schema: z.object({ workspaceId: z.string(), conversationId: z.string(), evaluationId: z.string() }) }),
  objectiveCompleted: eventType("objective/completed", { schema: z.object({ workspaceId: z.string(), conversationId: z.string(), goalKey: z.string(), evaluationId: z.string() }) }),
  backfillRequested: eventType("backfill/requested", { schema: z.object({ workspaceId: z.string(), backfillId: z.string() }) }),
  conversationReviewed: eventType("conversation/reviewed", { schema: z.object({ workspaceId: z.string(), conversationId: z.string() }) }),
  deliveryReplayRequested: eventType("delivery/replay-requested", { schema: z.object({ workspaceId: z.string(), deliveryId: z.string(), effectKey: z.string() }) }),
  conversionRecorded: eventType("conversion/recorded", { schema: z.object({ workspaceId: z.string(), conversionId: z.string(), conversationId: z.string().nullable() }) }),
};

/** True when Inngest (cloud, self-hosted or dev server) should run the functions. */
export function inngestEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV || env.INNGEST_BASE_URL);
}

const state = globalThis as unknown as { __debriefInngest?: Inngest };

export function getInngest(): Inngest {
  const env = getEnv();
  state.__debriefInngest ??= new Inngest({
    id: "debrief",
    eventKey: env.INNGEST_EVENT_KEY,
    baseUrl: env.INNGEST_BASE_URL,
    isDev: env.INNGEST_DEV ? true : undefined,
  });
  return state.__debriefInngest;
}
