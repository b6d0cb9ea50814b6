import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/client";
import { createAgent } from "@/lib/agents/create-agent";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { signUp } from "@/lib/users/sign-up";
import { benchEvaluateEngine } from "../bench-evaluate-engine";
import { startBuiltApp } from "./app-server";
import { benchConversation } from "./fixtures";
import { percentile } from "./load";

/**
 * npm run bench -- evaluate: (1) the local engine's conversations per second on one core;
 * (2) in the embedded set-up (built app, PGlite, in-process runner, local engine), the time from
 * the 202 of POST /conversations to the results being visible on GET.
 */
export async function benchEvaluate({ seconds = 20 } = {}) {
  const engine = benchEvaluateEngine();
  console.log(`\nLocal engine (one core): ${engine.perSecond.toFixed(0)} conv/s warm, ${engine.coldPerSecond.toFixed(0)} conv/s first pass, ${engine.msPerConversation.toFixed(2)} ms each (${engine.source === "synthetic" ? "synthetic calls" : "SGD dev file"}; target ≥ 200/s)`);

  const dir = mkdtempSync(path.join(tmpdir(), "debrief-bench-"));
  const pgliteDir = path.join(dir, "pglite");
  const handle = await openDatabase({ pgliteDir });
  await migrateDatabase(handle);
  const { user, workspace } = await signUp(handle.db, { name: "Bench", email: "perf@example.com", password: "a steady benchmark pass" });
  const ctx = { db: handle.db, workspace, actor: { type: "user" as const, userId: user.id, role: "owner" as const } };
  const agent = await createAgent(ctx, { name: "Bench agent", template: "appointment_scheduling" });
  const { key } = await createApiKey(ctx, { name: "bench" });
  await handle.close();

  const app = await startBuiltApp(3292, { PGLITE_DIR: pgliteDir, AUTH_SECRET: randomBytes(32).toString("base64url"), APP_URL: "http://127.0.0.1:3292" });
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const latencies: number[] = [];
  try {
    const deadline = performance.now() + seconds * 1000;
    // Calls arrive one after another, as they end; each is timed until its verdicts can be read.
    while (performance.now() < deadline) {
      // endedAt in the future keeps the template's goals in force for the call.
      const body = { ...benchConversation(agent.id, 20), endedAt: new Date(Date.now() + 3_600_000).toISOString(), startedAt: undefined };
      const t0 = performance.now();
      const posted = await fetch(`${app.url}/api/v1/conversations`, { method: "POST", headers, body: JSON.stringify(body) });
      const { id } = (await posted.json()) as { id: string };
      for (;;) {
        const got = await fetch(`${app.url}/api/v1/conversations/${id}`, { headers });
        const conversation = (await got.json()) as { status: string; results: unknown };
        if (conversation.status === "evaluated" && conversation.results) break;
        if (conversation.status === "failed") throw new Error(`evaluation failed for ${id}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      latencies.push(performance.now() - t0);
    }
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Results visible after ingest (embedded: PGlite, in-process runner, local engine), ${latencies.length} calls: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (target p95 ≤ 1000 ms)`);
}
