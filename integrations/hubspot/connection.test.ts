import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hubspotConnections } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { startHubSpotServer, type HubSpotServer } from "@/tests/support/hubspot-server";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { deleteHubSpotConnection, getHubSpotConnection, getHubSpotToken, saveHubSpotConnection, testHubSpotConnection } from "./connection";

let server: HubSpotServer;
const TOKEN = "pat-na1-11111111-2222-3333-4444-55555555aaaa";

beforeAll(async () => {
  server = await startHubSpotServer({ tokens: [TOKEN] });
  // Set before anything reads the environment in this file: the client reads it through getEnv().
  process.env.HUBSPOT_BASE_URL = server.baseUrl;
});
afterAll(() => server.close());

describe.each(TEST_ENGINES)("HubSpot connection on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("stores the token encrypted, shows only a hint, and keeps it to its workspace", async () => {
    const { ctx, workspace } = await createOwner(database.db);
    const view = await saveHubSpotConnection(ctx, { token: ` ${TOKEN} `, dealPipelineId: "default", dealStageId: "qualifiedtobuy" });
    expect(view).toMatchObject({ tokenHint: "pat-…aaaa", dealPipelineId: "default", dealStageId: "qualifiedtobuy", taskDueInDays: 1, propertyMappings: [], ownerMappings: [] });
    expect(JSON.stringify(view)).not.toContain(TOKEN);

    const [row] = await database.db.select().from(hubspotConnections).where(eq(hubspotConnections.workspaceId, workspace.id));
    expect(JSON.stringify(row)).not.toContain(TOKEN);
    expect(JSON.stringify(row)).not.toContain("55555555aaaa");
    expect(await getHubSpotToken(database.db, workspace.id)).toBe(TOKEN);

    const other = await createOwner(database.db, "Grace Hopper");
    expect(await getHubSpotConnection(other.ctx)).toBeNull();
    expect(await getHubSpotToken(database.db, other.workspace.id)).toBeNull();
    await expect(testHubSpotConnection(other.ctx)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteHubSpotConnection(other.ctx)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getHubSpotConnection(ctx)).not.toBeNull();
  });

  it("a later save changes only what it names and keeps the token", async () => {
    const { ctx, user, workspace } = await createOwner(database.db);
    await saveHubSpotConnection(ctx, { token: TOKEN });
    const view = await saveHubSpotConnection(ctx, {
      taskDueInDays: 3,
      propertyMappings: [{ variable: "budget", property: "budget_range", mode: "fill_if_empty" }],
      ownerMappings: [{ userId: user.id, ownerId: "77001" }],
    });
    expect(view).toMatchObject({ tokenHint: "pat-…aaaa", taskDueInDays: 3, dealPipelineId: null, ownerMappings: [{ userId: user.id, ownerId: "77001" }] });
    expect(await getHubSpotToken(database.db, workspace.id)).toBe(TOKEN);
    expect(view.updatedAt.getTime()).toBeGreaterThanOrEqual(view.createdAt.getTime());
  });

  it("validates the settings", async () => {
    const { ctx } = await createOwner(database.db);
    const other = await createOwner(database.db, "Grace Hopper");
    const invalid = async (input: unknown, path: string) => {
      const error = await saveHubSpotConnection(ctx, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidError);
      expect((error as InvalidError).issues.map((i) => i.path)).toContain(path);
    };
    await invalid({ dealPipelineId: "default" }, "token");
    await invalid({ token: TOKEN, dealPipelineId: "default" }, "dealStageId");
    await invalid({ token: TOKEN, propertyMappings: [{ variable: "x", property: "Budget Range", mode: "overwrite" }] }, "propertyMappings.0.property");
    await invalid({ token: TOKEN, propertyMappings: [{ variable: "x", property: "budget", mode: "sometimes" }] }, "propertyMappings.0.mode");
    await invalid({ token: TOKEN, propertyMappings: [{ variable: "x", property: "budget", mode: "overwrite" }, { variable: "y", property: "budget", mode: "overwrite" }] }, "propertyMappings.1.property");
    await invalid({ token: TOKEN, ownerMappings: [{ userId: ctx.actor.type === "user" ? ctx.actor.userId : "", ownerId: "owner-7" }] }, "ownerMappings.0.ownerId");
    await invalid({ token: TOKEN, ownerMappings: [{ userId: other.user.id, ownerId: "77001" }] }, "ownerMappings.0.userId");
    expect(await getHubSpotConnection(ctx)).toBeNull();
  });

  it("only admins manage it", async () => {
    const { ctx } = await createOwner(database.db);
    const member: Ctx = { ...ctx, actor: { type: "user", userId: "u", role: "member" } };
    await expect(saveHubSpotConnection(member, { token: TOKEN })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getHubSpotConnection(member)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("tests the token against HUBSPOT_BASE_URL and records the result", async () => {
    const { ctx } = await createOwner(database.db);
    await saveHubSpotConnection(ctx, { token: TOKEN });
    expect(await testHubSpotConnection(ctx)).toMatchObject({ ok: true, hubId: "4242" });
    expect(await getHubSpotConnection(ctx)).toMatchObject({ hubId: "4242", lastTestError: null, lastTestedAt: expect.any(Date) });

    await saveHubSpotConnection(ctx, { token: "pat-na1-revoked-token-0000" });
    const failed = await testHubSpotConnection(ctx);
    expect(failed).toMatchObject({ ok: false, status: 401 });
    expect(await getHubSpotConnection(ctx)).toMatchObject({ hubId: null, lastTestError: expect.stringMatching(/rejected the token/) });
  });

  it("disconnects", async () => {
    const { ctx, workspace } = await createOwner(database.db);
    await saveHubSpotConnection(ctx, { token: TOKEN });
    await deleteHubSpotConnection(ctx);
    expect(await getHubSpotToken(database.db, workspace.id)).toBeNull();
    await expect(deleteHubSpotConnection(ctx)).rejects.toBeInstanceOf(NotFoundError);
  });
});
