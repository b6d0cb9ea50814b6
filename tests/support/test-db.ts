import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { setDatabase } from "@/db";
import { migrateDatabase, openDatabase, type DatabaseHandle, type Engine } from "@/db/client";

/**
 * The engines every database suite runs on: PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set (each suite then gets its own database, dropped afterwards).
 */
export const TEST_ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DatabaseHandle {
  /** Drops what the suite created. */
  destroy(): Promise<void>;
}

/** A database of its own for a suite, migrated (to `migrationsFolder`'s last migration, by default all). */
export async function createTestDatabase(engine: Engine, { migrationsFolder }: { migrationsFolder?: string } = {}): Promise<TestDatabase> {
  if (engine === "pglite") {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateDatabase(handle, migrationsFolder);
    return { ...handle, destroy: handle.close };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `debrief_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle, migrationsFolder);
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * The database of a describe block: opened before its tests (and before hooks registered after
 * this call), destroyed after them. `asAppDatabase` makes it the one the app's code gets from
 * getDb() (routes, jobs).
 */
export function suiteDatabase(engine: Engine, { asAppDatabase = false, migrationsFolder }: { asAppDatabase?: boolean; migrationsFolder?: string } = {}): TestDatabase {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await createTestDatabase(engine, { migrationsFolder });
    if (asAppDatabase) setDatabase(opened);
  });
  afterAll(() => opened?.destroy());
  const current = () => {
    if (!opened) throw new Error("the suite's database opens in beforeAll: use it inside hooks and tests");
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get engine() {
      return current().engine;
    },
    close: () => current().close(),
    destroy: () => current().destroy(),
  };
}
