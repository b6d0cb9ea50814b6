import { getEnv } from "@/lib/env";
import { migrateDatabase, openDatabase, type DatabaseHandle, type Db } from "./client";

export type { Db, Engine, DatabaseHandle } from "./client";

// One handle per process, kept on globalThis so hot reloads and separate bundles share it.
const state = globalThis as unknown as { __debriefDb?: Promise<DatabaseHandle> };

/** The app's database, opened and migrated on first use (never at build time). */
export function getDatabase(): Promise<DatabaseHandle> {
  state.__debriefDb ??= (async () => {
    const env = getEnv();
    const handle = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    await migrateDatabase(handle);
    return handle;
  })().catch((error) => {
    state.__debriefDb = undefined;
    throw error;
  });
  return state.__debriefDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Lets a test or script run the app's code on a database it opened itself. */
export function setDatabase(handle: DatabaseHandle): void {
  state.__debriefDb = Promise.resolve(handle);
}
