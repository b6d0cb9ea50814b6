import postgres from "postgres";
import { seedCallsTask } from "@/lib/analytics/demo/seed-task";
import { copyWriter } from "@/lib/analytics/demo/writers";
import { getEnv } from "@/lib/env";
import { runWithDatabase } from "../lib/cli-database";

const progress = (done: number, total: number) => process.stderr.write(`\r  ${done.toLocaleString("en")} / ${total.toLocaleString("en")} conversations`);

/**
 * Demo calls into the demo workspace (or --workspace): COPY on PostgreSQL, multi-row inserts on
 * PGlite, or inside the running app server when it holds the embedded database.
 */
export async function seedConversations(args: { conversations: number; workspace?: string }) {
  const env = getEnv();
  const started = Date.now();
  const result = await runWithDatabase(
    "seedCalls",
    async (handle) => {
      const client = handle.engine === "postgres" && env.DATABASE_URL ? postgres(env.DATABASE_URL, { max: 1, onnotice: () => {}, connection: { synchronous_commit: "off" } }) : null;
      try {
        return await seedCallsTask(handle.db, env.AUTH_SECRET, args, { writer: client ? copyWriter(client) : undefined, onProgress: progress });
      } finally {
        await client?.end({ timeout: 5 });
      }
    },
    args,
  );
  process.stderr.write(`\n  done in ${((Date.now() - started) / 1000).toFixed(1)} s (rows ${(result.writeMs / 1000).toFixed(1)} s, rollups ${(result.rollupMs / 1000).toFixed(1)} s)\n`);
  return result;
}
