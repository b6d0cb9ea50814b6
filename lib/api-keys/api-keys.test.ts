import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { KEY_MEMORY_MS, verifyApiKey } from "./verify-api-key";

describe.each(TEST_ENGINES)("API keys on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("shows the key once, stores only its hash, and lists it by prefix", async () => {
    const { ctx } = await createOwner(database.db);
    const created = await createApiKey(ctx, { name: "CI" });
    expect(created.key).toMatch(/^dbk_[\w-]{32}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await listApiKeys(ctx);
    expect(listed).toEqual([expect.objectContaining({ name: "CI", prefix: created.prefix, lastUsedAt: null })]);
    expect(listed[0]).not.toHaveProperty("key");
  });

  it("verifies a Bearer key to its workspace and records last use", async () => {
    const { ctx } = await createOwner(database.db);
    const { key, id } = await createApiKey(ctx, { name: "server", role: "viewer" });
    const keyCtx = await verifyApiKey(database.db, `Bearer ${key}`);
    expect(keyCtx.workspace).toEqual(ctx.workspace);
    expect(keyCtx.actor).toEqual({ type: "apiKey", apiKeyId: id, role: "viewer" });
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it("rejects missing, malformed, unknown and revoked keys", async () => {
    const { ctx } = await createOwner(database.db);
    const { key, id } = await createApiKey(ctx, { name: "soon revoked" });
    for (const header of [null, "", "Basic abc", "Bearer nope", `Bearer ${key}x`]) {
      await expect(verifyApiKey(database.db, header)).rejects.toBeInstanceOf(UnauthorizedError);
    }
    await verifyApiKey(database.db, `Bearer ${key}`); // remembered from here on
    await revokeApiKey(ctx, id);
    await expect(verifyApiKey(database.db, `Bearer ${key}`)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await listApiKeys(ctx)).toHaveLength(0);
  });

  it("remembers a verified key for a few seconds: a revocation by another process counts once that passes", async () => {
    const { ctx } = await createOwner(database.db);
    const { key, id } = await createApiKey(ctx, { name: "busy client" });
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-21T12:00:00Z") });
    try {
      await verifyApiKey(database.db, `Bearer ${key}`);
      // What another app server's revocation looks like from here: the row changes, this memory does not.
      await database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
      await expect(verifyApiKey(database.db, `Bearer ${key}`)).resolves.toMatchObject({ actor: { apiKeyId: id } });
      vi.setSystemTime(Date.now() + KEY_MEMORY_MS + 1);
      await expect(verifyApiKey(database.db, `Bearer ${key}`)).rejects.toBeInstanceOf(UnauthorizedError);
    } finally {
      vi.useRealTimers();
    }
  });

  it("scopes revocation to the workspace and needs the apiKeys.manage permission", async () => {
    const a = await createOwner(database.db);
    const b = await createOwner(database.db);
    const { id } = await createApiKey(a.ctx, { name: "a's key" });
    await expect(revokeApiKey(b.ctx, id)).rejects.toBeInstanceOf(NotFoundError);
    const viewer = { ...a.ctx, actor: { type: "user" as const, userId: a.user.id, role: "viewer" as const } };
    await expect(createApiKey(viewer, { name: "nope" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createApiKey(a.ctx, { name: "" })).rejects.toMatchObject({ issues: [{ path: "name" }] });
  });
});
