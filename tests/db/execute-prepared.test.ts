import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { executePrepared, rowsOf } from "@/db/client";
import { TEST_ENGINES, suiteDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("executePrepared on %s", (engine) => {
  const database = suiteDatabase(engine);
  beforeAll(async () => {
    await database.db.execute(sql`create table prepared_probe (n int primary key, body jsonb not null)`);
  });

  it("answers rows like db.execute, the same statement again with other values too", async () => {
    for (const n of [1, 2]) {
      const rows = await executePrepared<{ n: number; greeting: string }>(database.db, sql`insert into prepared_probe (n, body) values (${n}, ${JSON.stringify({ hi: `there ${n}` })}::jsonb) returning n, body->>'hi' as greeting`);
      expect(rows).toEqual([{ n, greeting: `there ${n}` }]);
    }
  });

  it("runs inside the transaction it is given, so a rollback takes it back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await executePrepared(tx, sql`insert into prepared_probe (n, body) values (${10}, '{}'::jsonb)`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(rowsOf(await database.db.execute(sql`select n from prepared_probe where n = 10`))).toEqual([]);
  });
});
