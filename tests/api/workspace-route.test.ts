import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/workspace/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { callRoute } from "../support/api";
import { createOwner } from "../support/factories";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("GET /api/v1/workspace on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });

  it("answers the key's own workspace and nothing else", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const keyA = (await createApiKey(a.ctx, { name: "a" })).key;
    const keyB = (await createApiKey(b.ctx, { name: "b" })).key;
    expect(await callRoute(GET, { key: keyA })).toMatchObject({ status: 200, body: { id: a.workspace.id, name: a.workspace.name, slug: a.workspace.slug } });
    expect((await callRoute(GET, { key: keyB })).body.id).toBe(b.workspace.id);
  });

  it("answers 401 in the shared error shape for a missing, wrong or revoked key", async () => {
    const { ctx } = await createOwner(database.db);
    const created = await createApiKey(ctx, { name: "temp" });
    const missing = await callRoute(GET, {});
    expect(missing).toMatchObject({ status: 401, body: { error: { code: "unauthorized", message: expect.stringContaining("Authorization: Bearer"), details: null } } });
    expect((await callRoute(GET, { key: "dbk_wrong" })).status).toBe(401);
    await revokeApiKey(ctx, created.id);
    expect(await callRoute(GET, { key: created.key })).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
  });
});
