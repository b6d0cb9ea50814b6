import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outboxEvents } from "@/db/schema";
import { startLoopbackServer } from "@/integrations/webhook/testing/loopback-server";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { dispatchOutbox } from "@/lib/jobs/dispatch";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { suiteDatabase } from "@/tests/support/test-db";
import { deliverToInngest } from "./runtime";

/** With Inngest configured, the outbox goes to Inngest's event API, keeping each event's id for deduplication. */
describe("dispatching to Inngest", () => {
  const database = suiteDatabase("pglite", { asAppDatabase: true });
  let inngest: Awaited<ReturnType<typeof startLoopbackServer>>;
  let failing = true;
  beforeAll(async () => {
    inngest = await startLoopbackServer((_req, res) => {
      if (failing) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Event key not found", status: 401 }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids: ["x"], status: 200 }));
    });
    process.env.INNGEST_BASE_URL = inngest.url;
    process.env.INNGEST_EVENT_KEY = "test-event-key";
  });
  afterAll(async () => {
    await inngest.close();
  });

  it("sends pending events with their outbox ids and marks them dispatched; a failure keeps them queued", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    const { id } = await ingestConversation(ctx, callBody(agent.id));
    // The SDK retries a few times on its own; while Inngest refuses, the events stay queued.
    await expect(dispatchOutbox(database.db, deliverToInngest)).rejects.toThrow(/401|Event key/);
    failing = false;
    const [queued] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, ctx.workspace.id));
    expect(queued).toMatchObject({ dispatchedAt: null, attempts: 1 });
    expect(await dispatchOutbox(database.db, deliverToInngest)).toBe(1);
    const sent = inngest.received.filter((r) => r.method === "POST" && r.url.includes("/e/test-event-key")).at(-1)!;
    expect(JSON.parse(sent.body)).toEqual([expect.objectContaining({ id: queued.id, name: "conversation/ended", data: { workspaceId: ctx.workspace.id, conversationId: id } })]);
    const [after] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.id, queued.id));
    expect(after.dispatchedAt).toBeInstanceOf(Date);
  });
});
