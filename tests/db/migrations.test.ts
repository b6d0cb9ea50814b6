import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrateDatabase, rowsOf } from "@/db/client";
import { TEST_ENGINES, createTestDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("migrations on %s", (engine) => {
  it("apply from scratch, create every table, and are a no-op the second time", async () => {
    const database = await createTestDatabase(engine);
    try {
      await migrateDatabase(database);
      const rows = await database.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const tables = rowsOf<{ table_name: string }>(rows).map((r) => r.table_name);
      expect(tables).toEqual(expect.arrayContaining(["users", "accounts", "sessions", "verification_tokens", "workspaces", "memberships", "invitations", "api_keys"]));
    } finally {
      await database.destroy();
    }
  });
});
