import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations, outboxEvents } from "@/db/schema";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import * as batchRoute from "@/app/api/v1/conversations/batch/route";
import { callRoute } from "../support/api";
import { callBody } from "../support/conversations";
import { createIngestingOwner } from "../support/definitions";
import { suiteDatabase } from "../support/test-db";

/** Anything a client could send: only 2xx or 4xx may come back, and a rejected request stores nothing. */
describe("ingest under arbitrary input", () => {
  const database = suiteDatabase("pglite", { asAppDatabase: true });
  let key: string;
  let agentId: string;
  let workspaceId: string;
  beforeAll(async () => {
    const owner = await createIngestingOwner(database.db);
    ({ key, agent: { id: agentId }, workspace: { id: workspaceId } } = owner);
  });

  const stored = async () => (await database.db.select({ id: conversations.id }).from(conversations).where(eq(conversations.workspaceId, workspaceId))).length;

  // Valid calls with one field replaced by arbitrary JSON: the closest thing to real mistakes.
  const mutated = fc
    .record({
      field: fc.constantFrom("externalId", "agentId", "direction", "callType", "startedAt", "endedAt", "durationSeconds", "endReason", "contact", "recordingUrl", "metadata", "transcript"),
      // Strings with U+0000 too: PostgreSQL text cannot hold it.
      value: fc.oneof(fc.jsonValue(), fc.string({ unit: fc.constantFrom("\u0000", "a", "é", "😀") })),
    })
    .map(({ field, value }) => JSON.stringify({ ...callBody(agentId), [field]: value }));
  const anyText = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), mutated);

  it("POST /conversations answers 2xx or 4xx to any body, and stores only what it accepted", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (body) => {
        const before = await stored();
        const response = await callRoute(conversationsRoute.POST, { method: "POST", key, body });
        expect(response.status).toBeLessThan(500);
        const after = await stored();
        if (response.status >= 400) expect(after).toBe(before);
        else expect(after - before).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses a NUL character anywhere with the field's path, storing nothing", async () => {
    const before = await stored();
    for (const [override, path] of [
      [{ transcript: [{ speaker: "agent", text: "hi\u0000there" }] }, "transcript.0.text"],
      [{ metadata: { notes: ["ok", "bad\u0000"] } }, "metadata.notes.1"],
      [{ metadata: { "key\u0000": 1 } }, "metadata.key\\u0000"],
      [{ contact: { name: "\u0000" } }, "contact.name"],
    ] as const) {
      const response = await callRoute(conversationsRoute.POST, { method: "POST", key, body: { ...callBody(agentId), ...override } });
      expect(response.status, path).toBe(400);
      expect(response.body.error.details.issues).toEqual([{ path, message: expect.stringContaining("NUL character") }]);
    }
    expect(await stored()).toBe(before);
  });

  it("fails only the call with a NUL character in a batch", async () => {
    const before = await stored();
    const bad = { ...callBody(agentId), transcript: [{ speaker: "customer", text: "nul\u0000here" }] };
    const response = await callRoute(batchRoute.POST, { method: "POST", key, body: { conversations: [callBody(agentId), bad, callBody(agentId)] } });
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, true]);
    expect(response.body.results[1].error.details.issues).toEqual([{ path: "conversations.1.transcript.0.text", message: expect.stringContaining("NUL character") }]);
    expect(await stored()).toBe(before + 2);
  });

  it("refuses out-of-range numbers and dates instead of failing in the database", async () => {
    for (const override of [{ durationSeconds: 1e308 }, { durationSeconds: 5e-324 }, { startedAt: "9999-12-31T23:59:59Z", endedAt: "9999-12-31T23:59:59Z" }, { transcript: [{ speaker: "agent", text: "hi", startMs: 1e20 }] }]) {
      const response = await callRoute(conversationsRoute.POST, { method: "POST", key, body: { ...callBody(agentId), ...override } });
      expect(response.status, JSON.stringify(override)).toBeLessThan(500);
    }
  });

  it("POST /conversations/batch answers 2xx or 4xx to any body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.array(mutated, { maxLength: 5 }).map((items) => `{"conversations":[${items.join(",")}]}`)), async (body) => {
        const before = await stored();
        const response = await callRoute(batchRoute.POST, { method: "POST", key, body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await stored()).toBe(before);
      }),
      { numRuns: 100 },
    );
    const events = await database.db.select().from(outboxEvents).where(eq(outboxEvents.workspaceId, workspaceId));
    expect(events.length).toBe(await stored());
  });
});
