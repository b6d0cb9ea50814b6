import { beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/automations/route";
import * as oneRoute from "@/app/api/v1/automations/[id]/route";
import * as previewRoute from "@/app/api/v1/automations/preview/route";
import * as runsRoute from "@/app/api/v1/automations/[id]/runs/route";
import * as rotateRoute from "@/app/api/v1/automations/[id]/actions/[actionId]/rotate-secret/route";
import * as deliveriesRoute from "@/app/api/v1/deliveries/route";
import * as replayRoute from "@/app/api/v1/deliveries/[id]/replay/route";
import { callRoute } from "../support/api";
import { createKey, createOwner } from "../support/factories";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

const RULE = {
  name: "Booked → tell the desk",
  agentId: null,
  enabled: true,
  trigger: { event: "conversation.evaluated", outcomes: ["Appointment Scheduled"], goals: [{ key: "appointment_booked", status: "achieved" }], sentimentBelow: null },
  actions: [
    { type: "email", to: ["desk@example.com"], subject: "Booked: {{contact.name}}", body: "…" },
    { type: "webhook", url: "https://example.com/hooks/booked" },
  ],
};

describe.each(TEST_ENGINES)("automations API on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let key: string;
  let otherKey: string;
  beforeAll(async () => {
    key = await createKey((await createOwner(database.db)).ctx, "admin");
    otherKey = await createKey((await createOwner(database.db)).ctx, "admin");
  });

  it("creates the issue's example rule, shows the webhook secret once, lists, edits and deletes it", async () => {
    const created = await callRoute(listRoute.POST, { method: "POST", key, body: RULE });
    expect(created.status).toBe(201);
    const webhook = created.body.actions.find((a: { type: string }) => a.type === "webhook");
    expect(created.body.secrets[webhook.id]).toMatch(/^whsec_/);
    const fetched = await callRoute(oneRoute.GET, { key, params: { id: created.body.id } });
    expect(fetched.body).not.toHaveProperty("secrets");
    expect(JSON.stringify(fetched.body)).not.toContain(created.body.secrets[webhook.id]);
    const edited = await callRoute(oneRoute.PATCH, { method: "PATCH", key, params: { id: created.body.id }, body: { enabled: false, actions: created.body.actions } });
    expect(edited.body).toMatchObject({ enabled: false, secrets: {} });
    expect(edited.body.actions.map((a: { id: string }) => a.id)).toEqual(created.body.actions.map((a: { id: string }) => a.id));
    const rotated = await callRoute(rotateRoute.POST, { method: "POST", key, params: { id: created.body.id, actionId: webhook.id } });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect((await callRoute(runsRoute.GET, { key, params: { id: created.body.id } })).body).toEqual({ data: [], nextCursor: null });
    expect((await callRoute(listRoute.GET, { key })).body.data).toHaveLength(1);
    expect((await callRoute(oneRoute.DELETE, { method: "DELETE", key, params: { id: created.body.id } })).status).toBe(204);
  });

  it("names each bad field", async () => {
    const bad = await callRoute(listRoute.POST, {
      method: "POST",
      key,
      body: { ...RULE, trigger: { sentimentBelow: 3 }, actions: [{ type: "email", to: ["not-an-email"], subject: "", body: "x" }, { type: "sms" }, { type: "webhook", url: "ftp://x" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(["actions.0.subject", "actions.0.to.0", "actions.1.type", "actions.2.url", "trigger.sentimentBelow"]);
    expect((await callRoute(listRoute.POST, { method: "POST", key, body: { ...RULE, actions: [] } })).body.error.details.issues[0].path).toBe("actions");
  });

  it("previews, lists deliveries and keeps rules per workspace", async () => {
    expect((await callRoute(previewRoute.POST, { method: "POST", key, body: { trigger: RULE.trigger } })).body).toEqual({ matched: 0, of: 0, examples: [] });
    expect((await callRoute(deliveriesRoute.GET, { key, path: "/?status=failed" })).body).toEqual({ data: [], nextCursor: null });
    expect((await callRoute(deliveriesRoute.GET, { key, path: "/?status=weird" })).status).toBe(400);
    const created = await callRoute(listRoute.POST, { method: "POST", key, body: RULE });
    for (const attempt of [
      callRoute(oneRoute.GET, { key: otherKey, params: { id: created.body.id } }),
      callRoute(oneRoute.PATCH, { method: "PATCH", key: otherKey, params: { id: created.body.id }, body: { enabled: false } }),
      callRoute(oneRoute.DELETE, { method: "DELETE", key: otherKey, params: { id: created.body.id } }),
      callRoute(runsRoute.GET, { key: otherKey, params: { id: created.body.id } }),
      callRoute(rotateRoute.POST, { method: "POST", key: otherKey, params: { id: created.body.id, actionId: created.body.actions[1].id } }),
      callRoute(replayRoute.POST, { method: "POST", key: otherKey, params: { id: "some-delivery" } }),
    ]) {
      expect((await attempt).status).toBe(404);
    }
    const memberKey = await createKey((await createOwner(database.db)).ctx, "member");
    expect((await callRoute(listRoute.POST, { method: "POST", key: memberKey, body: RULE })).status).toBe(403);
  });
});
