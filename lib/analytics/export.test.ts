import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { exportConversationsCsv, textStream } from "./export-conversations";
import { resolveFilters } from "./filters";
import { getSummary } from "./get-summary";
import { rebuildRollups } from "./refresh-facts";

const ROWS = 100_000;

describe.each(TEST_ENGINES)("CSV export of 100,000 rows on %s", (engine) => {
  const database = suiteDatabase(engine, { asAppDatabase: true });
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx, [["book", { kind: "primary" }]]);
    const ws = owner.workspace.id;
    // Generated inside the database: 100k calls with an evaluation and a verdict each.
    await database.db.execute(sql`
      insert into conversations (id, workspace_id, agent_id, external_id, source, direction, call_type, ended_at, duration_seconds, end_reason, transcript, turn_count, status, contact_name)
      select 'c' || i, ${ws}, ${agent.id}, 'x' || i, 'api', case when i % 3 = 0 then 'outbound' else 'inbound' end, 'individual',
        timestamptz '2026-03-01 12:00:00Z' + (i % 30) * interval '1 day' + (i / 30) * interval '1 second', 60, 'completed', '[]'::jsonb, 0, 'evaluated', 'Caller, "number" ' || i
      from generate_series(1, ${ROWS}) i`);
    await database.db.execute(sql`
      insert into evaluations (id, workspace_id, conversation_id, trigger, engine, cost_usd, outcome_name, outcome_confidence, outcome_rationale)
      select 'e' || i, ${ws}, 'c' || i, 'ingest', 'local', 0.001, 'Follow-up Needed', 1, '' from generate_series(1, ${ROWS}) i`);
    await database.db.execute(sql`
      insert into goal_results (id, workspace_id, evaluation_id, conversation_id, agent_id, goal_key, goal_revision, goal_title, kind, status, effective_status, confidence, rationale)
      select 'g' || i, ${ws}, 'e' || i, 'c' || i, ${agent.id}, 'book', 1, 'book', 'primary', s, s, 1, ''
      from generate_series(1, ${ROWS}) i, lateral (select case when i % 4 = 0 then 'not_achieved' else 'achieved' end as s) v`);
    await rebuildRollups(database.db, ws);
  }, 600_000);

  const filters = () => resolveFilters(owner.ctx, { from: "2026-03-01", to: "2026-03-31" });

  it("the rebuilt rollups count every call", async () => {
    expect(await getSummary(owner.ctx, await filters())).toMatchObject({ conversations: ROWS, judged: ROWS, achieved: ROWS * 0.75, successRate: 0.75 });
  });

  it("streams every row, one page at a time, with bounded memory", { timeout: 600_000 }, async () => {
    const pages = exportConversationsCsv(owner.ctx, await filters(), 1000);
    let pulled = 0;
    const reader = textStream({ next: () => (pulled++, pages.next()), return: (v) => pages.return(v) }).getReader();
    const decoder = new TextDecoder();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let lines = 0;
    let bytes = 0;
    let first = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const text = decoder.decode(value);
      if (first.length < 1000) first += text;
      bytes += value.byteLength;
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
      if (lines > 3000 && lines < 4100) {
        // Pull-based: at most one page is read ahead of the consumer (the stream's queue of one).
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(pulled).toBeLessThanOrEqual(Math.ceil(lines / 1000) + 1);
      }
      if (pulled % 10 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
    expect(lines).toBe(ROWS + 1);
    expect(first.split("\r\n")[0]).toContain("goal:book");
    expect(first).toContain('"Caller, ""number"" ');
    // The whole file is ~20 MB; holding it (or its rows) would show here.
    expect(bytes).toBeGreaterThan(15_000_000);
    expect(peak).toBeLessThan(120 * 1024 * 1024);
  });

  it("stops reading the database when the download is cancelled", async () => {
    const pages = exportConversationsCsv(owner.ctx, await filters(), 1000);
    let pulled = 0;
    const reader = textStream({ next: () => (pulled++, pages.next()), return: (v) => pages.return(v) }).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(pulled).toBeLessThanOrEqual(3);
    expect(await pages.next()).toEqual({ value: undefined, done: true });
  });
});
