import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { backfills, goalResults } from "@/db/schema";
import { getConversation } from "@/lib/conversations/get-conversation";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { startBackfill } from "@/lib/evaluation/backfill";
import { setEvaluator } from "@/lib/evaluation/evaluator";
import { createLocalEvaluator } from "@/lib/evaluation/local";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { suiteDatabase } from "@/tests/support/test-db";
import { toInngestFunction } from "../to-inngest";
import { evaluateConversation } from "./evaluate-conversation";
import { reevaluateConversations } from "./reevaluate-conversations";

// The same specs the in-process runner runs, executed as real Inngest functions by Inngest's test engine.
const client = new Inngest({ id: "debrief-test", isDev: true });

describe("Inngest functions", () => {
  const database = suiteDatabase("pglite", { asAppDatabase: true });
  beforeAll(async () => {
    setEvaluator(createLocalEvaluator());
  });

  async function conversation() {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }]]);
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined }));
    return { ctx, agent, id };
  }

  it("evaluate-conversation runs its three steps and stores the result", async () => {
    const { ctx, id } = await conversation();
    const t = new InngestTestEngine({ function: toInngestFunction(client, evaluateConversation) });
    const { result, ctx: run } = await t.execute({ events: [{ name: "conversation/ended", data: { workspaceId: ctx.workspace.id, conversationId: id } }] });
    expect(result).toEqual({ evaluationId: expect.any(String) });
    for (const step of ["load-definitions", "evaluate", "persist"]) expect(run.step.run).toHaveBeenCalledWith(step, expect.any(Function));
    expect((await getConversation(ctx, id)).status).toBe("evaluated");
    expect(await database.db.select().from(goalResults).where(eq(goalResults.conversationId, id))).toHaveLength(1);
  });

  it("evaluate-conversation surfaces a failing step as an error (Inngest retries it)", async () => {
    const t = new InngestTestEngine({ function: toInngestFunction(client, evaluateConversation) });
    const { error } = await t.execute({ events: [{ name: "conversation/ended", data: { workspaceId: "w", conversationId: "no-such-conversation" } }] });
    expect(String((error as Error)?.message ?? error)).toMatch(/not found/i);
  });

  it("reevaluate-conversations walks the backfill page by page and records progress", async () => {
    const { ctx, agent } = await conversation();
    const backfill = await startBackfill(ctx, { agentId: agent.id });
    const t = new InngestTestEngine({ function: toInngestFunction(client, reevaluateConversations) });
    const { result } = await t.execute({ events: [{ name: "backfill/requested", data: { workspaceId: ctx.workspace.id, backfillId: backfill.id } }] });
    expect(result).toEqual({ pages: 1 });
    const [row] = await database.db.select().from(backfills).where(eq(backfills.id, backfill.id));
    expect(row).toMatchObject({ status: "completed", done: 1, failed: 0 });
  });
});
