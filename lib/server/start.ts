import { getDatabase } from "@/db";
import { EnvError, getEnv } from "@/lib/env";
import { DatabaseBusyError, updateLock } from "@/db/pglite-lock";
import { localTaskToken } from "./local-tasks";

/** Start-up of one app server process. A configuration problem ends the process with its message. */
export async function startServer(): Promise<void> {
  try {
    const env = getEnv();
    const { engine, db } = await getDatabase();
    if (engine === "pglite" && !env.PGLITE_DIR.startsWith("memory://")) {
      // Tell CLI commands where to send their work while this server holds the database.
      updateLock(env.PGLITE_DIR, { serverUrl: `http://127.0.0.1:${process.env.PORT ?? 3000}`, token: localTaskToken() });
    }
    const { startJobRuntime } = await import("@/inngest/runtime");
    // With BACKGROUND_JOBS=off a separate `npm run worker` runs the jobs this process queues.
    const { mode } = env.BACKGROUND_JOBS === "off" ? { mode: "in a separate worker (BACKGROUND_JOBS=off)" } : await startJobRuntime(db, { soleProcess: engine === "pglite" });
    console.log(`Debrief: database ${engine}${engine === "pglite" ? ` in ${env.PGLITE_DIR}` : ""}, migrations applied; background jobs ${mode}`);
  } catch (error) {
    if (error instanceof EnvError || error instanceof DatabaseBusyError) {
      console.error(`\nDebrief cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
