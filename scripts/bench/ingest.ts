import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase, openDatabase } from "@/db/client";
import { createAgent } from "@/lib/agents/create-agent";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { signUp } from "@/lib/users/sign-up";
import { startBuiltApp } from "./app-server";
import { measureCpu, pidsNamed } from "./cpu";
import { benchConversation } from "./fixtures";
import { percentile, runLoad, type LoadResult } from "./load";

const CONNECTIONS = 32;
const BATCH = Number(process.env.BENCH_BATCH ?? 25);
if (!Number.isInteger(BATCH) || BATCH < 1 || BATCH > 100) throw new Error(`BENCH_BATCH must be a whole number from 1 to 100 (the batch endpoint's limit), not "${process.env.BENCH_BATCH}"`);

function row(name: string, { result, cpu }: { result: LoadResult; cpu: Record<string, number> }, perRequest = 1) {
  const calls = (result.requests - result.errors) * perRequest;
  const rate = calls / result.seconds;
  const perCall = Object.entries(cpu)
    .filter(([, seconds]) => seconds > 0)
    .map(([who, seconds]) => `${who} ${((seconds * 1000) / calls).toFixed(3)}`)
    .join(", ");
  return {
    name,
    rate,
    line: `${name.padEnd(34)} ${rate.toFixed(0).padStart(7)} conv/s   p50 ${percentile(result.latenciesMs, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(result.latenciesMs, 99).toFixed(1).padStart(6)} ms   ${result.requests} requests, ${result.errors} errors`,
    cpu: perCall && `${"".padEnd(34)} CPU ms per call: ${perCall}`,
  };
}

/**
 * npm run bench -- ingest [--seconds N]: the built app on PostgreSQL against a bare
 * http + postgres insert server, with the same load: 32 connections posting ~6 KB calls.
 */
export async function benchIngest({ seconds = 10, adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test" } = {}) {
  const name = `debrief_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const stops: Array<() => Promise<void>> = [];
  try {
    const handle = await openDatabase({ url: databaseUrl });
    await migrateDatabase(handle);
    const { user, workspace } = await signUp(handle.db, { name: "Bench", email: `bench-${name}@example.com`, password: "a steady benchmark pass" });
    const ctx = { db: handle.db, workspace, actor: { type: "user" as const, userId: user.id, role: "owner" as const } };
    const agent = await createAgent(ctx, { name: "Bench agent", template: "appointment_scheduling" });
    const { key } = await createApiKey(ctx, { name: "bench" });
    await handle.close();

    // Production topology on PostgreSQL: app servers only store calls (BACKGROUND_JOBS=off) and
    // workers judge them. Ingest is measured like the baseline, with nothing else running; the
    // worker is timed afterwards on the backlog (on a real deployment it has machines of its own).
    const secret = randomBytes(32).toString("base64url");
    const app = await startBuiltApp(3290, { DATABASE_URL: databaseUrl, AUTH_SECRET: secret, APP_URL: "http://127.0.0.1:3290", BACKGROUND_JOBS: "off" });
    stops.push(app.stop);
    const bare = fork(path.join(process.cwd(), "scripts", "bench", "bare-server.ts"), ["3291", databaseUrl], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    stops.push(() => new Promise((resolve) => (bare.once("exit", () => resolve()), bare.kill())));
    await new Promise<void>((resolve) => bare.once("message", () => resolve()));

    const headers = { authorization: `Bearer ${key}` };
    const single = () => JSON.stringify(benchConversation(agent.id));
    const batch = () => JSON.stringify({ conversations: Array.from({ length: BATCH }, () => benchConversation(agent.id)) });
    const sample = Buffer.byteLength(single());
    // Warm both servers under the measured load (JIT, connection pools, prepared statements) so
    // that steady state is measured.
    await runLoad({ url: "http://127.0.0.1:3291/", connections: CONNECTIONS, seconds: 2, body: single });
    await runLoad({ url: `${app.url}/api/v1/conversations`, connections: CONNECTIONS, seconds: 2, body: single, headers });
    await runLoad({ url: `${app.url}/api/v1/conversations/batch`, connections: CONNECTIONS, seconds: 2, body: batch, headers });

    // CPU per stored call of each process (Linux; PostgreSQL's when it runs on this machine).
    const measured = (server: number, load: () => Promise<LoadResult>) => measureCpu({ server: () => [server], PostgreSQL: () => pidsNamed("postgres") }, load);
    const baseline = row("bare http + postgres insert", await measured(bare.pid!, () => runLoad({ url: "http://127.0.0.1:3291/", connections: CONNECTIONS, seconds, body: single })));
    const singles = row("Debrief POST /conversations", await measured(app.pid, () => runLoad({ url: `${app.url}/api/v1/conversations`, connections: CONNECTIONS, seconds, body: single, headers })));
    const batches = row(`Debrief POST /conversations/batch ×${BATCH}`, await measured(app.pid, () => runLoad({ url: `${app.url}/api/v1/conversations/batch`, connections: CONNECTIONS, seconds, body: batch, headers })), BATCH);

    await app.stop();
    const worker = fork(path.join(process.cwd(), "scripts", "worker.ts"), [], { execArgv: ["--import", "tsx"], env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NODE_ENV: "production" }, stdio: "ignore" });
    stops.push(() => new Promise((resolve) => (worker.exitCode !== null ? resolve() : (worker.once("exit", () => resolve()), worker.kill("SIGTERM")))));
    // Timed once it has turned the backlog's events into jobs (it starts with tens of thousands).
    const counter = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    stops.push(() => counter.end());
    const count = async (from: string) => (await counter.unsafe<{ n: number }[]>(`select count(*)::int as n from ${from}`))[0].n;
    const queuedAt = performance.now();
    for (let waited = 0; (await count("outbox_events where dispatched_at is null and name = 'conversation/ended'")) > 0 && waited < 300; waited++) await new Promise((r) => setTimeout(r, 1000));
    const queuedSeconds = (performance.now() - queuedAt) / 1000;
    const judgedBefore = await count("evaluations");
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const judgeRate = ((await count("evaluations")) - judgedBefore) / seconds;

    console.log(`\nIngest: ${CONNECTIONS} connections, ${seconds} s each, conversations of 40 turns (${(sample / 1024).toFixed(1)} KB), PostgreSQL; built app (\`npm start\`, BACKGROUND_JOBS=off)\n`);
    for (const r of [baseline, singles, batches]) console.log([r.line, r.cpu].filter(Boolean).join("\n"));
    console.log(`\nsingle / bare: ${(singles.rate / baseline.rate).toFixed(2)} (target ≥ 0.50)   batch / single: ${(batches.rate / singles.rate).toFixed(2)} (target ≥ 3)`);
    const backlog = await count("conversations");
    console.log(`then one \`npm run worker\` on the backlog of ${backlog} calls: events queued as jobs in ${queuedSeconds.toFixed(0)} s, then ${judgeRate.toFixed(0)} calls judged per second (evaluation, results, automations)`);
  } finally {
    for (const stop of stops.reverse()) await stop();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
