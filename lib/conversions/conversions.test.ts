import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { outboxEvents } from "@/db/schema";
import * as route from "@/app/api/v1/conversions/route";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { callRoute } from "@/tests/support/api";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createKey, createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { conversionPixelToken, listConversions, markConversation, recordConversion } from "./conversions";

describe.each(TEST_ENGINES)("conversions on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });

  async function setup() {
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx);
    const older = await ingestConversation(owner.ctx, callBody(agent.id, { endedAt: "2026-11-01T10:00:00Z", startedAt: undefined, contact: { phone: "+1 415 555 0100" } }));
    const latest = await ingestConversation(owner.ctx, callBody(agent.id, { endedAt: "2026-11-02T10:00:00Z", startedAt: undefined, contact: { phone: "(415) 555-0100" } }));
    return { ...owner, agent, older, latest, key: await createKey(owner.ctx) };
  }

  it("matches the latest call with that number, records the profit and emits conversion/recorded", async () => {
    const { ctx, latest } = await setup();
    const conversion = await recordConversion(ctx, { phone_number: "+14155550100", team_id: ctx.workspace.id, object_type: "voice_call", event_type: "sale", event_profit: "149.90" });
    expect(conversion).toMatchObject({ conversationId: latest.id, matched: true, eventType: "sale", profit: 149.9, source: "api" });
    const events = await database.db.select().from(outboxEvents).where(and(eq(outboxEvents.workspaceId, ctx.workspace.id), eq(outboxEvents.name, "conversion/recorded")));
    expect(events).toHaveLength(1);
  });

  it("keeps an unknown number as unmatched, and names bad fields", async () => {
    const { ctx } = await setup();
    expect(await recordConversion(ctx, { phone_number: "+1 212 555 0199", team_id: ctx.workspace.id, event_type: "lead" })).toMatchObject({ matched: false, conversationId: null, phoneNumber: "+12125550199" });
    await expect(recordConversion(ctx, { phone_number: "nope", team_id: ctx.workspace.id, event_type: "lead" })).rejects.toMatchObject({ issues: [{ path: "phone_number" }] });
    await expect(recordConversion(ctx, { phone_number: "+14155550100", team_id: "other", event_type: "lead" })).rejects.toMatchObject({ issues: [{ path: "team_id" }] });
    await expect(recordConversion(ctx, { phone_number: "+14155550100", team_id: ctx.workspace.id, event_type: "refund" })).rejects.toMatchObject({ issues: [{ path: "event_type" }] });
    expect(await listConversions(ctx)).toHaveLength(1);
  });

  it("a person marks a conversation as a conversion", async () => {
    const { ctx, older } = await setup();
    expect(await markConversation(ctx, older.id, { eventType: "sale", profit: "80" })).toMatchObject({ conversationId: older.id, source: "manual", profit: 80 });
    const viewer = { ...ctx, actor: { type: "user" as const, userId: "x", role: "viewer" as const } };
    await expect(markConversation(viewer, older.id, { eventType: "sale" })).rejects.toBeInstanceOf(ForbiddenError);
    const other = await createOwner(database.db);
    await expect(markConversation(other.ctx, older.id, { eventType: "sale" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the API records by POST or GET, and a pixel token records (only) by GET", async () => {
    const { ctx, key, latest } = await setup();
    const base = `phone_number=%2B14155550100&team_id=${ctx.workspace.id}&object_type=voice_call`;
    expect(await callRoute(route.POST, { method: "POST", key, body: { phone_number: "+14155550100", team_id: ctx.workspace.id, event_type: "lead" } })).toMatchObject({ status: 201, body: { conversationId: latest.id } });
    expect((await callRoute(route.GET, { key, path: `/?${base}&event_type=sale&event_profit=20` })).status).toBe(201);
    const token = await conversionPixelToken(ctx);
    const pixel = await route.GET(new Request(`http://localhost/?${base}&event_type=sale&token=${token}&format=gif`));
    expect(pixel.headers.get("content-type")).toBe("image/gif");
    expect((await callRoute(route.GET, { path: `/?${base}&event_type=sale&token=wrong` })).status).toBe(401);
    expect((await callRoute(route.GET, { path: `/?token=${token}` })).status).toBe(401);
    expect((await callRoute(route.GET, { key })).body.data.map((c: { source: string }) => c.source).sort()).toEqual(["api", "api", "pixel"]);
    await conversionPixelToken(ctx, { rotate: true });
    expect((await callRoute(route.GET, { path: `/?${base}&event_type=sale&token=${token}` })).status).toBe(401);
  });
});
