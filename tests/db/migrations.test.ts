import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, rowsOf } from "@/db/client";
import { getConversation } from "@/lib/conversations/get-conversation";
import { listConversations } from "@/lib/conversations/list-conversations";
import { createAgentWithGoals } from "../support/definitions";
import { createOwner } from "../support/factories";
import { TEST_ENGINES, createTestDatabase } from "../support/test-db";

describe.each(TEST_ENGINES)("migrations on %s", (engine) => {
  it("apply from scratch, create every table, and are a no-op the second time", async () => {
    const database = await createTestDatabase(engine);
    try {
      await migrateDatabase(database);
      const rows = await database.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const tables = rowsOf<{ table_name: string }>(rows).map((r) => r.table_name);
      expect(tables).toEqual(expect.arrayContaining(["users", "accounts", "sessions", "verification_tokens", "workspaces", "memberships", "invitations", "api_keys"]));
    } finally {
      await database.destroy();
    }
  });
});

/** The migrations up to and including `tag`, in a folder of their own: a database as an older release left it. */
function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "debrief-migrations-"));
  mkdirSync(path.join(folder, "meta"));
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  if (last < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  for (const entry of journal.entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  return folder;
}

describe.each(TEST_ENGINES)("upgrading stored calls on %s", (engine) => {
  it("0011 indexes stored transcripts for search, drops their text copy, and keeps their receipt in the timeline", async () => {
    const database = await createTestDatabase(engine, { migrationsFolder: migrationsUpTo("0010_analytics_pending") });
    try {
      const { ctx } = await createOwner(database.db);
      const agent = await createAgentWithGoals(ctx);
      const transcript = [{ speaker: "customer", text: "The boiler in the basement stopped heating" }];
      // A call as the previous release stored it: a text copy of the turns and a 'received' event.
      await database.db.execute(sql`
        insert into conversations (id, workspace_id, agent_id, external_id, source, direction, call_type, ended_at, end_reason, transcript, transcript_text, turn_count, created_at)
        values ('old-call', ${ctx.workspace.id}, ${agent.id}, 'old_1', 'vapi', 'inbound', 'individual', '2026-11-01T10:00:00Z', 'completed', ${JSON.stringify(transcript)}::jsonb, ${transcript[0].text}, 1, '2026-11-01T10:00:05Z')`);
      await database.db.execute(sql`
        insert into conversation_events (id, workspace_id, conversation_id, type, detail, at) values ('ev-1', ${ctx.workspace.id}, 'old-call', 'received', '{"source":"vapi"}', '2026-11-01T10:00:05Z')`);

      await migrateDatabase(database);

      const [row] = rowsOf<{ indexed: boolean }>(await database.db.execute(sql`select search_vector is not null as indexed from conversations where id = 'old-call'`));
      expect(row.indexed).toBe(true);
      expect((await listConversations(ctx, { q: "boilers heating" })).data.map((c) => c.id)).toEqual(["old-call"]);
      const columns = rowsOf<{ column_name: string }>(await database.db.execute(sql`select column_name from information_schema.columns where table_name = 'conversations'`)).map((c) => c.column_name);
      expect(columns).not.toContain("transcript_text");
      const [toast] = rowsOf<{ method: string; lz4: boolean }>(
        await database.db.execute(sql`select attcompression::text as method, exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) as lz4
          from pg_attribute where attrelid = 'conversations'::regclass and attname = 'transcript'`),
      );
      expect(toast.method).toBe(toast.lz4 ? "l" : ""); // lz4 where the server has it
      const stored = await getConversation(ctx, "old-call");
      expect(stored.transcript).toEqual(transcript);
      expect(stored.timeline).toEqual([{ type: "received", detail: { source: "vapi" }, at: new Date("2026-11-01T10:00:05Z") }]);
    } finally {
      await database.destroy();
    }
  });
});
