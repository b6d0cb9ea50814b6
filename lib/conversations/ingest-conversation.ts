import { and, eq, inArray, sql } from "drizzle-orm";
import { executePrepared } from "@/db/client";
import { conversations } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { groupCommit } from "@/lib/group-commit";
import { parseInput } from "@/lib/validation";
import { conversationInputSchema, type ParsedConversationInput, type SOURCES } from "./input-schema";
import { normalizeParsedConversation, type NormalizedConversation } from "./normalize-input";
import { agentIdsOf } from "./resolve-agent";

type Source = (typeof SOURCES)[number];

export interface IngestResult {
  id: string;
  status: (typeof conversations.$inferSelect)["status"];
  /** False when a conversation with this externalId already existed (nothing was changed). */
  created: boolean;
}

/**
 * Stores one conversation with its transcript and its `conversation/ended` event in one
 * transaction (its receipt is the row itself: the timeline starts from it). The same externalId
 * again (even concurrently) returns the stored conversation and changes nothing.
 */
export async function ingestConversation(ctx: Ctx, input: unknown, source?: Source): Promise<IngestResult> {
  assertCan(ctx, "conversations.write");
  return ingestParsedConversation(ctx, parseInput(conversationInputSchema, input), source);
}

/** ingestConversation for a body the API route has already parsed with conversationInputSchema (parsing 40 turns twice is measurable). */
export async function ingestParsedConversation(ctx: Ctx, parsed: ParsedConversationInput, source?: Source): Promise<IngestResult> {
  assertCan(ctx, "conversations.write");
  const data = normalizeParsedConversation(parsed);
  const result = await storeTogether(ctx.db, ctx.workspace.id, { ctx, data: { ...data, source: source ?? data.source } });
  if (result instanceof Error) throw result;
  return result;
}

// Calls posted one at a time to the same workspace share statements under load (see groupCommit).
const storeTogether = groupCommit((items: { ctx: Ctx; data: NormalizedConversation }[]) => storeNormalized(items[0].ctx, items.map((i) => i.data)));

/**
 * Validated calls to stored ones in one statement; a call whose agent is not in this workspace
 * gets its error. Agents named by id are checked inside the insert itself: a query of their own
 * was a second round trip on the hottest path (single posts: 3,400 → 4,600 calls/s without it).
 */
export async function storeNormalized(ctx: Ctx, items: NormalizedConversation[]): Promise<(IngestResult | InvalidError)[]> {
  const agentIds = await agentIdsOf(ctx, items);
  const ready = items.flatMap((data, i) => (typeof agentIds[i] === "string" ? [{ index: i, agentId: agentIds[i], data }] : []));
  const stored = ready.length ? await storeConversations(ctx, ready) : [];
  const byIndex = new Map(ready.map((r, i) => [r.index, stored[i]]));
  return agentIds.map((agent, i) => (typeof agent === "string" ? (byIndex.get(i) ?? InvalidError.field("agentId", "no agent with this id in this workspace")) : agent));
}

interface ReadyConversation {
  agentId: string;
  data: NormalizedConversation;
}

const COLUMNS = sql.raw(`id, workspace_id, agent_id, external_id, source, direction, call_type, contact_name, contact_phone, contact_email, contact_company,
  started_at, ended_at, duration_seconds, end_reason, recording_url, transcript, turn_count, metadata`);

/**
 * The one write path for conversations (single, batch, webhooks, import): a multi-row insert
 * that skips external ids already stored, with the outbox and analytics-queue rows of
 * the new ones. It is one statement (data-modifying CTEs), so it is atomic without a transaction
 * and costs one round trip on the hottest path. Results come back in input order: null for a
 * call whose agent is not one of this workspace's (it is left out), unless its external id is
 * stored already (then that call is the answer, as for any repeat).
 */
async function storeConversations(ctx: Ctx, items: ReadyConversation[]): Promise<(IngestResult | null)[]> {
  const workspaceId = ctx.workspace.id;
  const values = sql.join(items.map(({ agentId, data }) => rowValues(workspaceId, agentId, data)), sql`, `);
  const inserted = await executePrepared<{ id: string; externalId: string; agentId: string; status: IngestResult["status"] }>(
    ctx.db,
    sql`
      with c as (
        insert into conversations (${COLUMNS})
        select v.* from (values ${values}) as v (${COLUMNS})
        where exists (select 1 from agents a where a.id = v.agent_id and a.workspace_id = ${workspaceId})
        -- Concurrent or repeated duplicates lose here and are answered with the stored row below.
        on conflict (workspace_id, external_id) do nothing
        returning id, external_id, agent_id, status
      ), outbox as (
        insert into outbox_events (id, workspace_id, name, data)
        select gen_random_uuid()::text, ${workspaceId}, 'conversation/ended', jsonb_build_object('workspaceId', ${workspaceId}::text, 'conversationId', c.id) from c
      ), analytics as (
        insert into analytics_pending (conversation_id, workspace_id) select c.id, ${workspaceId} from c on conflict do nothing
      )
      select id, external_id as "externalId", agent_id as "agentId", status from c`,
  );
  const created = new Map(inserted.map((r) => [r.externalId, r]));
  const missing = items.map((i) => i.data.externalId).filter((id) => !created.has(id));
  const existing = missing.length
    ? await ctx.db
        .select({ id: conversations.id, externalId: conversations.externalId, status: conversations.status })
        .from(conversations)
        .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.externalId, missing)))
    : [];
  const stored = new Map(existing.map((r) => [r.externalId, r]));
  const seen = new Set<string>();
  return items.map(({ agentId, data }) => {
    const row = created.get(data.externalId);
    // The first item with a new external id (and its agent) created it; a repeat inside the same batch did not.
    if (row && row.agentId === agentId && !seen.has(data.externalId)) {
      seen.add(data.externalId);
      return { id: row.id, status: row.status, created: true };
    }
    const found = row ?? stored.get(data.externalId);
    return found ? { id: found.id, status: found.status, created: false } : null;
  });
}

function rowValues(workspaceId: string, agentId: string, data: NormalizedConversation) {
  return sql`(${crypto.randomUUID()}, ${workspaceId}, ${agentId}, ${data.externalId}, ${data.source}, ${data.direction}, ${data.callType},
    ${data.contact?.name ?? null}, ${data.contactPhone}, ${data.contact?.email?.toLowerCase() ?? null}, ${data.contact?.company ?? null},
    ${data.startedAt?.toISOString() ?? null}::timestamptz, ${data.endedAt.toISOString()}::timestamptz, ${data.durationSeconds}::real, ${data.endReason}, ${data.recordingUrl ?? null},
    ${JSON.stringify(data.transcript)}::jsonb, ${data.transcript.length}::int, ${JSON.stringify(data.metadata ?? {})}::jsonb)`;
}
