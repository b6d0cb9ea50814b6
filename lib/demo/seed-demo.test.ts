import { describe, expect, it } from "vitest";
import { apiKeys, users, workspaces } from "@/db/schema";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { seedDemo } from "./seed-demo";

describe.each(TEST_ENGINES)("demo seed on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("creates a user who can sign in and a key that works, and changes nothing when run again", async () => {
    const first = await seedDemo(database.db, "s".repeat(32));
    expect(await verifyCredentials(database.db, first.email, first.password)).not.toBeNull();
    const ctx = await verifyApiKey(database.db, `Bearer ${first.apiKey}`);
    expect(ctx.workspace).toEqual(first.workspace);

    const second = await seedDemo(database.db, "s".repeat(32));
    expect(second).toEqual(first);
    expect(await database.db.select().from(users)).toHaveLength(1);
    expect(await database.db.select().from(workspaces)).toHaveLength(1);
    expect(await database.db.select().from(apiKeys)).toHaveLength(1);
  });

  it("makes a revoked demo key work again", async () => {
    const demo = await seedDemo(database.db, "s".repeat(32));
    const ctx = await verifyApiKey(database.db, `Bearer ${demo.apiKey}`);
    await revokeApiKey({ ...ctx, actor: { type: "system", role: "owner" } }, (ctx.actor as { apiKeyId: string }).apiKeyId);
    await seedDemo(database.db, "s".repeat(32));
    expect((await verifyApiKey(database.db, `Bearer ${demo.apiKey}`)).workspace.slug).toBe("demo");
  });
});
