import { migrateDatabase, openDatabase, type DatabaseHandle } from "@/db/client";
import { DatabaseBusyError } from "@/db/pglite-lock";
import { getEnv } from "@/lib/env";
import type { LocalTask } from "@/lib/server/local-tasks";

/**
 * A CLI command's way to the database: opened directly, or — when a running app server holds
 * the embedded database — by asking that server to run the task. Anything else says what to do.
 */
export async function runWithDatabase<T>(task: LocalTask, direct: (handle: DatabaseHandle) => Promise<T>, args?: Record<string, unknown>): Promise<T> {
  const env = getEnv();
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  } catch (error) {
    if (error instanceof DatabaseBusyError && error.holder.serverUrl && error.holder.token) {
      return (await viaServer(task, error, args)) as T;
    }
    throw error;
  }
  try {
    await migrateDatabase(handle);
    return await direct(handle);
  } finally {
    await handle.close();
  }
}

async function viaServer(task: LocalTask, busy: DatabaseBusyError, args?: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${busy.holder.serverUrl}/api/internal/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-debrief-local-token": busy.holder.token! },
    body: JSON.stringify({ task, args }),
  }).catch(() => null);
  if (!response?.ok) throw busy;
  process.stderr.write(`(ran inside the app server, pid ${busy.holder.pid}, which holds the embedded database)\n`);
  return response.json();
}

/** Prints a clear message for the errors a person can fix, and exits non-zero. */
export function failClearly(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof Error && (error.name === "DatabaseBusyError" || error.name === "EnvError");
  process.stderr.write(known ? `\n${message}\n` : `\n${(error as Error)?.stack ?? message}\n`);
  process.exit(1);
}
