import { fork } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { getConversation } from "@/lib/conversations/get-conversation";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { suiteDatabase } from "@/tests/support/test-db";

/** With the app's BACKGROUND_JOBS=off, `npm run worker` is what judges the calls it stores. */
describe.skipIf(!process.env.TEST_DATABASE_URL)("npm run worker (PostgreSQL)", () => {
  const database = suiteDatabase("postgres");

  it("picks up a stored call and evaluates it", { timeout: 120_000 }, async () => {
    const { ctx } = await createOwner(database.db);
    const agent = await createAgentWithGoals(ctx, [["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }]]);
    const { id } = await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined }));
    const url = (database.db as unknown as { $client: { options: { database: string } } }).$client.options.database;
    const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
    databaseUrl.pathname = `/${url}`;
    const worker = fork(path.join(process.cwd(), "scripts", "worker.ts"), [], { execArgv: ["--import", "tsx"], env: { ...process.env, DATABASE_URL: databaseUrl.toString(), AUTH_SECRET: "w".repeat(32) }, stdio: "ignore" });
    try {
      for (let i = 0; i < 600 && (await getConversation(ctx, id)).status !== "evaluated"; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await getConversation(ctx, id)).status).toBe("evaluated");
    } finally {
      await new Promise<void>((resolve) => (worker.once("exit", () => resolve()), worker.kill("SIGTERM")));
    }
  });
});
