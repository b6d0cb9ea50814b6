import { randomBytes, timingSafeEqual } from "node:crypto";
import { getDatabase } from "@/db";
import { migrateDatabase } from "@/db/client";
import { getEnv } from "@/lib/env";
import { seedDemo } from "@/lib/demo/seed-demo";
import { seedCallsTask } from "@/lib/analytics/demo/seed-task";

/**
 * PGlite serves one process, so while the app server holds the database, CLI commands (seed,
 * migrate) ask the server to run them. The token lives only in this process and in the lock file
 * beside the data, which only someone with access to the data folder can read.
 */
const state = globalThis as unknown as { __debriefLocalToken?: string };
export const localTaskToken = () => (state.__debriefLocalToken ??= randomBytes(24).toString("base64url"));

export function isLocalTaskToken(candidate: string | null): boolean {
  const expected = Buffer.from(localTaskToken());
  const given = Buffer.from(candidate ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const LOCAL_TASKS = {
  async migrate() {
    await migrateDatabase(await getDatabase());
    return { migrated: true };
  },
  async seed() {
    return seedDemo((await getDatabase()).db, getEnv().AUTH_SECRET);
  },
  async seedCalls(args) {
    return seedCallsTask((await getDatabase()).db, getEnv().AUTH_SECRET, args);
  },
} satisfies Record<string, (args: Record<string, unknown>) => Promise<unknown>>;

export type LocalTask = keyof typeof LOCAL_TASKS;
