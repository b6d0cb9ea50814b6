import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDemoCalls } from "@/lib/analytics/demo/seed-calls";
import { copyWriter } from "@/lib/analytics/demo/writers";
import { exportConversationsCsv } from "@/lib/analytics/export-conversations";
import { resolveFilters, type Filters } from "@/lib/analytics/filters";
import { getAgentComparison } from "@/lib/analytics/get-agent-comparison";
import { getGoalDetail } from "@/lib/analytics/get-goal-detail";
import { getGoalStats } from "@/lib/analytics/get-goal-stats";
import { getOutcomeStats } from "@/lib/analytics/get-outcome-stats";
import { getSummary } from "@/lib/analytics/get-summary";
import { getTimeseries } from "@/lib/analytics/get-timeseries";
import type { Ctx } from "@/lib/context";
import { listConversations } from "@/lib/conversations/list-conversations";
import { seedDemo } from "@/lib/demo/seed-demo";
import { percentile } from "./load";

const NAME = "debrief_dash_bench";
const BIG_TABLES = ["conversations", "evaluations", "goal_results", "conversation_events", "verdict_overrides", "conversions"];

interface Options {
  conversations?: number;
  runs?: number;
  reuse?: boolean;
  drop?: boolean;
  adminUrl?: string;
}

/**
 * npm run bench -- dashboard [--conversations N] [--runs N] [--reuse] [--drop]
 * Builds (or with --reuse, keeps) a PostgreSQL database with N demo conversations (1M by
 * default), then times every dashboard query and prints p50/p95 and the plans of the heaviest.
 */
export async function benchDashboard({ conversations = 1_000_000, runs = 40, reuse = false, drop = false, adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test" }: Options = {}) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const url = new URL(adminUrl);
  url.pathname = `/${NAME}`;
  const exists = (await admin`select 1 from pg_database where datname = ${NAME}`).length > 0;
  if (!reuse || !exists) {
    await admin.unsafe(`drop database if exists ${NAME} with (force)`);
    await admin.unsafe(`create database ${NAME}`);
    await build(url.toString(), conversations);
  }
  try {
    await measure(url.toString(), runs);
  } finally {
    if (drop) await admin.unsafe(`drop database if exists ${NAME} with (force)`);
    await admin.end();
  }
}

/** Migrations, the demo workspace, then COPY with secondary indexes and FK checks off (rebuilt after). */
async function build(databaseUrl: string, conversations: number) {
  const handle = await openDatabase({ url: databaseUrl });
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {}, connection: { synchronous_commit: "off", session_replication_role: "replica" } });
  try {
    await migrateDatabase(handle);
    const { workspace } = await seedDemo(handle.db, "bench-secret");
    const indexes = await client<{ name: string; def: string }[]>`
      select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename in ${client(BIG_TABLES)}
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
    for (const index of indexes) await client.unsafe(`drop index "${index.name}"`);
    const started = Date.now();
    const result = await seedDemoCalls(handle.db, workspace, {
      conversations,
      writer: copyWriter(client),
      chunkSize: 20_000,
      onProgress: (done, total) => process.stderr.write(`\r  seeding ${done.toLocaleString("en")} / ${total.toLocaleString("en")}  (${((Date.now() - started) / 1000).toFixed(0)} s)`),
    });
    process.stderr.write("\n");
    const indexStart = Date.now();
    await client.unsafe("set maintenance_work_mem = '1GB'");
    for (const index of indexes) await client.unsafe(index.def);
    await client.unsafe("vacuum analyze");
    console.log(
      `Seeded ${result.conversations.toLocaleString("en")} conversations, ${result.evaluations.toLocaleString("en")} evaluations, ${result.goalResults.toLocaleString("en")} goal results, ${result.conversions.toLocaleString("en")} conversions: ` +
        `rows ${(result.writeMs / 1000).toFixed(0)} s, rollups ${(result.rollupMs / 1000).toFixed(0)} s, indexes + vacuum ${((Date.now() - indexStart) / 1000).toFixed(0)} s`,
    );
  } finally {
    await client.end();
    await handle.close();
  }
}

async function measure(databaseUrl: string, runs: number) {
  const client = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const captured: { query: string; params: unknown[] }[] = [];
  let capture = false;
  const db = drizzle(client, { schema, casing: "snake_case", logger: { logQuery: (query, params) => void (capture && captured.push({ query, params })) } }) as unknown as Db;
  try {
    const [workspace] = await db.select({ id: schema.workspaces.id, name: schema.workspaces.name, slug: schema.workspaces.slug }).from(schema.workspaces).where(eq(schema.workspaces.slug, "demo"));
    const ctx: Ctx = { db, workspace, actor: { type: "system", role: "owner" } };
    const [{ n }] = await client<{ n: number }[]>`select count(*)::int as n from conversations`;
    const [{ g }] = await client<{ g: number }[]>`select count(*)::int as g from goal_results`;
    const [{ r }] = await client<{ r: number }[]>`select (select count(*) from analytics_daily) + (select count(*) from analytics_goal_daily) as r`;
    const [{ today }] = await client<{ today: string }[]>`select to_char(max(ended_at), 'YYYY-MM-DD') as today from conversations`;
    const at = (q: Record<string, unknown>) => resolveFilters(ctx, { to: today, ...q });
    const last30 = await at({});
    const last90 = await at({ from: addDays(today, -89), interval: "week" });
    const goals = await getGoalStats(ctx, last30);
    const busiest = [...goals].sort((a, b) => b.results - a.results)[0];
    const primary = goals.find((x) => x.agentId === busiest.agentId && x.kind === "primary")!;
    const oneAgent = await at({ from: addDays(today, -6), agentId: [busiest.agentId], direction: "inbound" });
    const firstExportPage = async (f: Filters) => {
      const it = exportConversationsCsv(ctx, f);
      await it.next();
      await it.next();
      await it.return(undefined);
    };

    const queries: [string, () => Promise<unknown>][] = [
      ["summary (30 d, with previous period)", () => getSummary(ctx, last30)],
      ["summary (90 d)", () => getSummary(ctx, last90)],
      ["summary (1 agent, inbound, 7 d)", () => getSummary(ctx, oneAgent)],
      ["timeseries day (30 d) + outcome mix", () => getTimeseries(ctx, last30)],
      ["timeseries week (90 d) + outcome mix", () => getTimeseries(ctx, last90)],
      ["goals / funnel / missed (30 d)", () => getGoalStats(ctx, last30)],
      ["goals (90 d)", () => getGoalStats(ctx, last90)],
      ["outcomes + conversions (30 d)", () => getOutcomeStats(ctx, last30)],
      ["agent comparison (30 d)", () => getAgentComparison(ctx, last30)],
      ["goal page: figures, trend, examples (30 d)", () => getGoalDetail(ctx, primary.goalId!, last30)],
      ["conversations that missed it (page 1)", () => listConversations(ctx, { agentId: primary.agentId, goalKey: primary.goalKey, goalStatus: "missed", limit: 25 })],
      ["CSV export, first 1,000 rows", () => firstExportPage(last30)],
      // Not a dashboard query: the conversations list without an agent filter, for comparison (see the closing note).
      ["(conversations list page 1, no filter)", () => listConversations(ctx, { limit: 25 })],
    ];

    console.log(`\nDashboard queries on PostgreSQL: ${n.toLocaleString("en")} conversations, ${g.toLocaleString("en")} goal results, ${r.toLocaleString("en")} rollup rows; ${runs} runs each after 3 warm-ups\n`);
    console.log(`${"query".padEnd(46)} ${"p50".padStart(9)} ${"p95".padStart(9)}`);
    for (const [name, run] of queries) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      console.log(`${name.padEnd(46)} ${percentile(times, 50).toFixed(1).padStart(6)} ms ${percentile(times, 95).toFixed(1).padStart(6)} ms`);
    }

    const heaviest: [string, () => Promise<unknown>][] = [queries[1], queries[4], queries[6], queries[9], queries[10]];
    for (const [name, run] of heaviest) {
      captured.length = 0;
      capture = true;
      await run();
      capture = false;
      console.log(`\n== ${name}`);
      for (const { query, params } of captured) {
        const plan = await client.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
        console.log(`-- ${query.length > 160 ? query.slice(0, 160) + "…" : query}`);
        console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
      }
    }
  } finally {
    await client.end();
  }
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
