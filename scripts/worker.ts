/**
 * npm run worker — runs the background jobs (evaluation, automations, backfills) in a process of
 * its own, for deployments on PostgreSQL where the app servers set BACKGROUND_JOBS=off. Any number
 * of workers may run; each claims jobs the others have not.
 */
import { getDatabase } from "@/db";
import { getEnv } from "@/lib/env";
import { startJobRuntime } from "@/inngest/runtime";
import { failClearly } from "./lib/cli-database";

async function main() {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error("npm run worker needs DATABASE_URL: with the embedded database, the app runs its jobs itself.");
  const { db } = await getDatabase();
  const { mode, runner } = await startJobRuntime(db, { soleProcess: false });
  console.log(`Debrief worker: background jobs ${mode}`);
  const stop = async () => {
    await runner?.stop();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch(failClearly);
