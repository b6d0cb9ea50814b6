import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations } from "@/db/schema";
import { setWorkspaceTimeZone } from "@/lib/analytics/set-time-zone";
import { ForbiddenError } from "@/lib/errors";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { getConversation } from "../get-conversation";
import { importRows } from "./import-rows";

describe.each(TEST_ENGINES)("importRows on %s", (engine) => {
  const database = suiteDatabase(engine);

  const mapping = { transcript: "transcript", endedAt: "date", "contact.email": "email" };
  const rows = [
    { rowNumber: 2, data: { date: "2019-03-01", email: "ana@example.com", transcript: "Agent: Hello\nCustomer: Hi, I want to book." } },
    { rowNumber: 3, data: { date: "2019-03-02", email: "not an email", transcript: "Agent: Hello" } },
    { rowNumber: 4, data: { date: "2019-03-03", transcript: '[{"speaker":"customer","text":"Hi"}]' } },
  ];

  it("stores mapped rows as imports, reports bad ones by row and field, and stores nothing new the second time", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    const first = await importRows(ctx, { agentId: agent.id, mapping, rows });
    expect(first.map((r) => r.ok)).toEqual([true, false, true]);
    expect(first[1]).toMatchObject({ rowNumber: 3, externalId: expect.stringMatching(/^import:/), issues: [{ field: "contact.email", message: "must be a valid email address" }] });
    const stored = await getConversation(ctx, (first[0] as { id: string }).id);
    expect(stored).toMatchObject({ source: "import", agentId: agent.id, contact: { email: "ana@example.com" }, turnCount: 2 });
    expect(stored.endedAt.toISOString()).toBe("2019-03-01T00:00:00.000Z");

    const again = await importRows(ctx, { agentId: agent.id, mapping, rows });
    expect(again.map((r) => (r.ok ? r.created : "failed"))).toEqual([false, "failed", false]);
    expect(await database.db.select().from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id))).toHaveLength(2);
  });

  it("reads dates and times written without an offset in the workspace's time zone", async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx);
    await setWorkspaceTimeZone(ctx, { timeZone: "America/New_York" });
    const results = await importRows(ctx, {
      agentId: agent.id,
      mapping,
      rows: [
        { rowNumber: 2, data: { date: "2026-07-01 09:00", transcript: "Agent: Hello" } },
        { rowNumber: 3, data: { date: "2026-07-01T09:00:00Z", transcript: "Agent: Hello again" } },
      ],
    });
    const ended = await Promise.all(results.map(async (r) => (await getConversation(ctx, (r as { id: string }).id)).endedAt.toISOString()));
    expect(ended).toEqual(["2026-07-01T13:00:00.000Z", "2026-07-01T09:00:00.000Z"]);
  });

  it("refuses an agent of another workspace per row, a malformed chunk whole, and a viewer", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const foreign = await createAgentWithGoals(b.ctx);
    const results = await importRows(a.ctx, { agentId: foreign.id, mapping, rows: rows.slice(0, 1) });
    expect(results[0]).toMatchObject({ ok: false, issues: [{ field: "agentId", message: "no agent with this id in this workspace" }] });
    await expect(importRows(a.ctx, { mapping: { nope: "x" }, rows })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: expect.stringMatching(/^mapping/) })] });
    await expect(importRows(a.ctx, { mapping, rows: Array.from({ length: 51 }, (_, i) => ({ rowNumber: i + 1, data: {} })) })).rejects.toMatchObject({ issues: [{ path: "rows" }] });
    const viewer = { ...a.ctx, actor: { type: "user" as const, userId: a.user.id, role: "viewer" as const } };
    await expect(importRows(viewer, { agentId: foreign.id, mapping, rows })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
