import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversationEvents, conversations, outboxEvents } from "@/db/schema";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { callBody } from "@/tests/support/conversations";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { updateAgent } from "@/lib/agents/update-agent";
import { deleteConversation, getConversation } from "./get-conversation";
import { setWorkspaceTimeZone } from "@/lib/analytics/set-time-zone";
import { ingestBatch } from "./ingest-batch";
import { ingestConversation } from "./ingest-conversation";
import { listConversations } from "./list-conversations";
import { evaluate } from "@/lib/analytics/test-fixture";
import { overrideGoal } from "@/lib/evaluation/overrides";
import { markEvaluating } from "@/lib/evaluation/persist-evaluation";

describe.each(TEST_ENGINES)("conversations on %s", (engine) => {
  const database = suiteDatabase(engine);

  async function setup() {
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx);
    return { ...owner, agent };
  }

  it("stores a call with its transcript, timeline and conversation/ended event in one go", async () => {
    const { ctx, agent } = await setup();
    const result = await ingestConversation(ctx, callBody(agent.id));
    expect(result).toMatchObject({ status: "received", created: true });
    const stored = await getConversation(ctx, result.id);
    expect(stored).toMatchObject({
      agentId: agent.id,
      direction: "outbound",
      contact: { phone: "+14155550100", email: "ana@example.com", name: "Ana Ruiz", company: "Acme" },
      durationSeconds: 335,
      endReason: "completed",
      turnCount: 6,
      metadata: { crmId: "42" },
      timeline: [expect.objectContaining({ type: "received" })],
    });
    expect(stored.transcript[0]).toEqual({ speaker: "agent", text: "Hi, this is Sam from Lakeside Dental. How can I help you today?", startMs: 0, endMs: 3500 });
    const events = await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, ctx.workspace.id));
    expect(events).toEqual([expect.objectContaining({ name: "conversation/ended", data: { workspaceId: ctx.workspace.id, conversationId: result.id }, dispatchedAt: null })]);
  });

  it("accepts a plain-text transcript and finds the agent by phone number", async () => {
    const { ctx, agent } = await setup();
    await updateAgent(ctx, agent.id, { phoneNumbers: ["+1 628 555 0142"] });
    const body = { ...callBody(agent.id), agentId: undefined, agentPhoneNumber: "(628) 555-0142", transcript: "AI: Hello, Lakeside Dental.\nCaller: Hi, I need to move my appointment.\nthe one on Friday\nAssistant: Sure." };
    const { id } = await ingestConversation(ctx, body);
    const stored = await getConversation(ctx, id);
    expect(stored.agentId).toBe(agent.id);
    expect(stored.transcript).toEqual([
      { speaker: "agent", text: "Hello, Lakeside Dental." },
      { speaker: "customer", text: "Hi, I need to move my appointment. the one on Friday" },
      { speaker: "agent", text: "Sure." },
    ]);
    await expect(ingestConversation(ctx, { ...body, externalId: "x1", agentPhoneNumber: "+1 212 555 0199" })).rejects.toMatchObject({ issues: [{ path: "agentPhoneNumber" }] });
  });

  it("is idempotent by externalId, also under concurrent duplicates", async () => {
    const { ctx, agent } = await setup();
    const body = callBody(agent.id);
    const results = await Promise.all(Array.from({ length: 8 }, () => ingestConversation(ctx, body)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const again = await ingestConversation(ctx, { ...body, contact: { name: "Someone Else" } });
    expect(again).toMatchObject({ id: results[0].id, created: false });
    expect((await getConversation(ctx, again.id)).contact.name).toBe("Ana Ruiz");
    const rows = await database.db.select().from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id));
    expect(rows).toHaveLength(1);
    expect(await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, ctx.workspace.id))).toHaveLength(1);
  });

  it.each([
    [{ externalId: "" }, "externalId"],
    [{ direction: "sideways" }, "direction"],
    [{ endedAt: "yesterday" }, "endedAt"],
    [{ startedAt: "2026-11-20T16:00:00Z", endedAt: "2026-11-20T15:00:00Z" }, "endedAt"],
    [{ contact: { phone: "not a number" } }, "contact.phone"],
    [{ contact: { email: "nope" } }, "contact.email"],
    [{ transcript: [{ speaker: "robot", text: "hi" }] }, "transcript"],
    [{ transcript: [{ speaker: "agent", text: "x".repeat(50_001) }] }, "transcript"],
    [{ transcript: "no speaker labels here" }, "transcript"],
    [{ agentId: "no-such-agent" }, "agentId"],
    [{ recordingUrl: "ftp://example.com/a.mp3" }, "recordingUrl"],
  ])("refuses %j naming %s, storing nothing", async (override, path) => {
    const { ctx, agent } = await setup();
    const attempt = ingestConversation(ctx, callBody(agent.id, override));
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(new RegExp(`^${path.replace(".", "\\.")}`)) })]) });
    expect(await database.db.select().from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id))).toHaveLength(0);
  });

  it("refuses more than 5,000 turns", async () => {
    const { ctx, agent } = await setup();
    await expect(ingestConversation(ctx, callBody(agent.id, {}, 5_001))).rejects.toMatchObject({ issues: [{ path: "transcript", message: "must have at most 5000 turns" }] });
  });

  it("stores a batch item by item: a bad one does not reject the others, a repeat is not stored twice", async () => {
    const { ctx, agent } = await setup();
    const good = callBody(agent.id);
    const results = await ingestBatch(ctx, { conversations: [good, callBody(agent.id, { direction: "up" }), good, callBody(agent.id)] });
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { code: "invalid", details: { issues: [{ path: "conversations.1.direction" }] } } });
    expect(results[0]).toMatchObject({ created: true });
    expect(results[2]).toMatchObject({ created: false, id: (results[0] as { id: string }).id });
    expect(await database.db.select().from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id))).toHaveLength(2);
  });

  it("checks each call's agent against the workspace inside the insert: only the bad call fails, and a stored external id answers as any repeat", async () => {
    const { ctx, agent } = await setup();
    const stranger = await setup();
    const stored = await ingestConversation(ctx, callBody(agent.id, { externalId: "kept_1" }));
    const results = await ingestBatch(ctx, {
      conversations: [
        callBody(stranger.agent.id, { externalId: "foreign_1" }), // another workspace's agent
        callBody(agent.id, { externalId: "fresh_1" }),
        callBody("no-such-agent", { externalId: "kept_1" }), // a repeat: the stored call is the answer
        callBody("no-such-agent", { externalId: "twice_1" }),
        callBody(agent.id, { externalId: "twice_1" }),
      ],
    });
    expect(results[0]).toMatchObject({ ok: false, error: { code: "invalid", details: { issues: [{ path: "conversations.0.agentId", message: "no agent with this id in this workspace" }] } } });
    expect(results[1]).toMatchObject({ ok: true, created: true });
    expect(results[2]).toMatchObject({ ok: true, created: false, id: stored.id });
    expect(results[4]).toMatchObject({ ok: true, created: true });
    expect(results[3]).toMatchObject({ ok: true, created: false, id: (results[4] as { id: string }).id });
    const rows = await database.db.select({ externalId: conversations.externalId, agentId: conversations.agentId }).from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id));
    expect(rows.map((r) => r.externalId).sort()).toEqual(["fresh_1", "kept_1", "twice_1"]);
    expect(rows.every((r) => r.agentId === agent.id)).toBe(true);
    expect(await database.db.select().from(conversations).where(eq(conversations.workspaceId, stranger.ctx.workspace.id))).toHaveLength(0);
  });

  it("lists newest first with filters, transcript search and cursor pages", async () => {
    const { ctx, agent } = await setup();
    const other = await createAgentWithGoals(ctx, [], "Second agent");
    for (let day = 1; day <= 5; day++) {
      await ingestConversation(ctx, callBody(day % 2 ? agent.id : other.id, { endedAt: `2026-11-0${day}T12:00:00Z`, startedAt: `2026-11-0${day}T11:55:00Z`, direction: day === 5 ? "inbound" : "outbound", contact: { email: `p${day}@example.com`, phone: `+1415555010${day}` } }));
    }
    await ingestConversation(ctx, callBody(agent.id, { endedAt: "2026-11-06T12:00:00Z", startedAt: "2026-11-06T11:55:00Z", transcript: [{ speaker: "customer", text: "I want to cancel my subscription immediately" }] }));
    const all = await listConversations(ctx, {});
    expect(all.data.map((c) => c.endedAt.toISOString().slice(0, 10))).toEqual(["2026-11-06", "2026-11-05", "2026-11-04", "2026-11-03", "2026-11-02", "2026-11-01"]);
    expect((await listConversations(ctx, { agentId: other.id })).data).toHaveLength(2);
    expect((await listConversations(ctx, { direction: "inbound" })).data).toHaveLength(1);
    expect((await listConversations(ctx, { from: "2026-11-02", to: "2026-11-04" })).data).toHaveLength(3);
    expect((await listConversations(ctx, { email: "P3@example.com" })).data).toHaveLength(1);
    expect((await listConversations(ctx, { phone: "(415) 555-0104" })).data).toHaveLength(1);
    expect((await listConversations(ctx, { q: "cancelling subscriptions" })).data.map((c) => c.endedAt.toISOString().slice(0, 10))).toEqual(["2026-11-06"]);
    expect((await listConversations(ctx, { status: "evaluated" })).data).toHaveLength(0);

    const first = await listConversations(ctx, { limit: 4 });
    const second = await listConversations(ctx, { limit: 4, cursor: first.nextCursor! });
    expect(first.data).toHaveLength(4);
    expect(second.data).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual(all.data.map((c) => c.id));
    await expect(listConversations(ctx, { limit: 500 })).rejects.toMatchObject({ issues: [{ path: "limit" }] });
    await expect(listConversations(ctx, { cursor: "garbage" })).rejects.toMatchObject({ issues: [{ path: "cursor" }] });
  });

  it("filters by days of the workspace's time zone, as the dashboard counts them", async () => {
    const { ctx, agent } = await setup();
    // 22:30 on 5 November in New York is already 6 November in UTC.
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: "2026-11-06T03:30:00Z", startedAt: undefined }));
    const onDay = async (day: string) => (await listConversations(ctx, { from: day, to: day })).data.map((c) => c.id);
    expect(await onDay("2026-11-06")).toEqual([id]);
    await setWorkspaceTimeZone(ctx, { timeZone: "America/New_York" });
    expect(await onDay("2026-11-05")).toEqual([id]);
    expect(await onDay("2026-11-06")).toEqual([]);
    await expect(listConversations(ctx, { from: "2026-02-30" })).rejects.toMatchObject({ issues: [{ path: "from", message: "must be a date like 2026-11-20" }] });
  });

  it("answers calls posted together each on its own: shared statements, own ids, own errors, duplicates once", async () => {
    const { ctx, agent } = await setup();
    const bodies = Array.from({ length: 30 }, (_, i) => callBody(agent.id, { externalId: `together_${i % 25}` }));
    bodies[7] = callBody("no-such-agent", { externalId: "together_bad" });
    const settled = await Promise.allSettled(bodies.map((body) => ingestConversation(ctx, body)));
    expect(settled[7]).toMatchObject({ status: "rejected", reason: { issues: [{ path: "agentId" }] } });
    const results = settled.flatMap((s, i) => (s.status === "fulfilled" ? [{ externalId: bodies[i].externalId, ...s.value }] : []));
    expect(results).toHaveLength(29);
    expect(results.filter((r) => r.created)).toHaveLength(24); // 25 ids, one of them only in the bad call
    const rows = await database.db.select({ id: conversations.id, externalId: conversations.externalId }).from(conversations).where(eq(conversations.workspaceId, ctx.workspace.id));
    expect(rows).toHaveLength(24);
    for (const r of results) expect(rows.find((row) => row.externalId === r.externalId)?.id).toBe(r.id);
    const events = await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, ctx.workspace.id));
    expect(events).toHaveLength(24);
  });

  it("searches transcripts the same way before and after the search vector is filled (off the ingest path)", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id, { transcript: [{ speaker: "customer", text: "My dishwasher keeps leaking onto the kitchen floor" }] }));
    await ingestConversation(ctx, callBody(agent.id));
    const vectorOf = async () => (await database.db.select({ v: conversations.searchVector }).from(conversations).where(eq(conversations.id, id)))[0].v;
    const search = async (q: string) => (await listConversations(ctx, { q })).data.map((c) => c.id);

    expect(await vectorOf()).toBeNull();
    expect(await search("leaking dishwashers")).toEqual([id]);
    await markEvaluating(database.db, id, ctx.workspace.id);
    expect(await vectorOf()).toContain("'dishwash'");
    expect(await search("leaking dishwashers")).toEqual([id]);
    expect(await search("kitchen sink")).toEqual([]);
  });

  it("filters by a goal's current verdict: missed = partially or not achieved, a person's override counts", async () => {
    const { ctx } = await setup();
    const agent = await createAgentWithGoals(ctx, [["book", { kind: "primary" }], ["email"]], "Goal filter agent");
    const verdict = (book: "achieved" | "partially_achieved" | "not_achieved") => ({ goals: { book, email: "achieved" as const }, outcome: "Follow-up Needed", costUsd: 0 });
    const ids: string[] = [];
    for (const [i, book] of (["achieved", "partially_achieved", "not_achieved", "achieved"] as const).entries()) {
      const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: `2026-10-0${i + 1}T12:00:00Z`, startedAt: null }));
      await evaluate(database.db, id, verdict(book));
      ids.push(id);
    }
    // Re-evaluated: only the current verdict counts. Overridden: the person's verdict counts.
    await evaluate(database.db, ids[3], verdict("not_achieved"), "reevaluate");
    await overrideGoal(ctx, ids[2], "book", { status: "achieved" });
    const list = async (filters: Record<string, string>) => (await listConversations(ctx, { agentId: agent.id, ...filters })).data.map((c) => c.id).sort();
    expect(await list({ goalKey: "book", goalStatus: "missed" })).toEqual([ids[1], ids[3]].sort());
    expect(await list({ goalKey: "book", goalStatus: "achieved" })).toEqual([ids[0], ids[2]].sort());
    expect(await list({ goalKey: "email", goalStatus: "missed" })).toEqual([]);
    expect(await list({ goalKey: "book" })).toHaveLength(4);
    // A call that reached voicemail has verdicts, but they are not misses anyone can fix.
    const { id: voicemail } = await ingestConversation(ctx, callBody(agent.id, { endedAt: "2026-10-09T12:00:00Z", startedAt: null, endReason: "voicemail" }));
    await evaluate(database.db, voicemail, verdict("not_achieved"));
    expect(await list({ goalKey: "book", goalStatus: "missed" })).toEqual([ids[1], ids[3]].sort());
    await expect(listConversations(ctx, { goalKey: "book", goalStatus: "lost" as never })).rejects.toMatchObject({ issues: [{ path: "goalStatus" }] });
  });

  it("deletes a conversation with everything derived from it", async () => {
    const { ctx, agent } = await setup();
    const { id } = await ingestConversation(ctx, callBody(agent.id));
    await deleteConversation(ctx, id);
    await expect(getConversation(ctx, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.select().from(conversationEvents).where(eq(conversationEvents.conversationId, id))).toHaveLength(0);
  });

  it("is scoped to the workspace and the role", async () => {
    const a = await setup();
    const b = await setup();
    const { id } = await ingestConversation(a.ctx, callBody(a.agent.id));
    await expect(getConversation(b.ctx, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteConversation(b.ctx, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listConversations(b.ctx, {})).data).toHaveLength(0);
    await expect(ingestConversation(b.ctx, callBody(a.agent.id))).rejects.toMatchObject({ issues: [{ path: "agentId" }] });
    const viewer = { ...a.ctx, actor: { type: "user" as const, userId: a.user.id, role: "viewer" as const } };
    await expect(ingestConversation(viewer, callBody(a.agent.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteConversation(viewer, id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
