import { describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/conversations/route";
import * as batchRoute from "@/app/api/v1/conversations/batch/route";
import * as oneRoute from "@/app/api/v1/conversations/[id]/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[provider]/route";
import { connectCallProvider } from "@/lib/call-providers/connections";
import { createHmac } from "node:crypto";
import { callRoute } from "../support/api";
import { callBody } from "../support/conversations";
import { createIngestingOwner } from "../support/definitions";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("conversations API on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });

  const setup = () => createIngestingOwner(database.db);

  it("answers 202 when stored, 200 with the same id for a repeat, and serves it back", async () => {
    const { key, agent } = await setup();
    const body = callBody(agent.id);
    const created = await callRoute(listRoute.POST, { method: "POST", key, body });
    expect(created).toMatchObject({ status: 202, body: { status: "received" } });
    expect(await callRoute(listRoute.POST, { method: "POST", key, body })).toMatchObject({ status: 200, body: { id: created.body.id } });
    const one = await callRoute(oneRoute.GET, { key, params: { id: created.body.id } });
    expect(one.body).toMatchObject({ externalId: body.externalId, transcript: body.transcript, contact: { phone: "+14155550100" } });
    const list = await callRoute(listRoute.GET, { key, path: `/?agentId=${agent.id}&limit=10` });
    expect(list.body).toMatchObject({ data: [{ id: created.body.id }], nextCursor: null });
    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", key, params: { id: created.body.id } })).status).toBe(204);
    expect((await callRoute(oneRoute.GET, { key, params: { id: created.body.id } })).status).toBe(404);
  });

  it("answers 413 over 1 MB and 400 with field paths for bad input", async () => {
    const { key, agent } = await setup();
    const huge = callBody(agent.id, { transcript: Array.from({ length: 30 }, () => ({ speaker: "agent", text: "x".repeat(40_000) })) });
    expect(await callRoute(listRoute.POST, { method: "POST", key, body: huge })).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
    const bad = await callRoute(listRoute.POST, { method: "POST", key, body: callBody(agent.id, { transcript: [{ speaker: "agent" }] }) });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid", details: { issues: [{ path: "transcript.0.text" }] } } } });
    expect((await callRoute(listRoute.GET, { key, path: "/?status=done" })).body.error.details.issues[0].path).toBe("status");
  });

  it("answers per item for a batch", async () => {
    const { key, agent } = await setup();
    const response = await callRoute(batchRoute.POST, { method: "POST", key, body: { conversations: [callBody(agent.id), { externalId: "broken" }] } });
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      expect.objectContaining({ index: 0, ok: true, created: true }),
      expect.objectContaining({ index: 1, ok: false, error: expect.objectContaining({ code: "invalid" }) }),
    ]);
    expect((await callRoute(batchRoute.POST, { method: "POST", key, body: { conversations: Array.from({ length: 101 }, () => ({})) } })).body.error.details.issues[0].path).toBe("conversations");
  });

  it("answers 404 for another workspace's conversation", async () => {
    const a = await setup();
    const b = await setup();
    const { body } = await callRoute(listRoute.POST, { method: "POST", key: a.key, body: callBody(a.agent.id) });
    expect((await callRoute(oneRoute.GET, { key: b.key, params: { id: body.id } })).status).toBe(404);
    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", key: b.key, params: { id: body.id } })).status).toBe(404);
    expect((await callRoute(listRoute.GET, { key: b.key })).body.data).toEqual([]);
  });

  it("receives a signed generic webhook over HTTP and refuses a bad signature with 401", async () => {
    const { ctx, agent } = await setup();
    const { id, secret } = await connectCallProvider(ctx, { provider: "generic" });
    const text = JSON.stringify(callBody(agent.id));
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${text}`).digest("hex")}`;
    const ok = await callRoute(webhookRoute.POST, { method: "POST", path: `/?connection=${id}`, params: { provider: "generic" }, body: text, headers: { "x-debrief-signature": signature } });
    expect(ok).toMatchObject({ status: 202, body: { status: "received" } });
    const bad = await callRoute(webhookRoute.POST, { method: "POST", path: `/?connection=${id}`, params: { provider: "generic" }, body: text, headers: { "x-debrief-signature": `t=${t},v1=00` } });
    expect(bad).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
  });
});
