import { and, eq, inArray } from "drizzle-orm";
import { conversationEvents, conversations, outboxEvents } from "@/db/schema";
import { queueAnalyticsRefresh } from "@/lib/analytics/refresh-facts";
import { assertCan, type Ctx } from "@/lib/context";
import type { SOURCES } from "./input-schema";
import { normalizeConversationInput, type NormalizedConversation } from "./normalize-input";
import { resolveAgentId } from "./resolve-agent";

type Source = (typeof SOURCES)[number];

export interface IngestResult {
  id: string;
  status: (typeof conversations.$inferSelect)["status"];
  /** False when a conversation with this externalId already existed (nothing was changed). */
  created: boolean;
}

/**
 * Stores one conversation with its transcript, its first timeline entry and its
 * `conversation/ended` event in one transaction. The same externalId again (even concurrently)
 * returns the stored conversation and changes nothing.
 */
export async function ingestConversation(ctx: Ctx, input: unknown, source?: Source): Promise<IngestResult> {
  assertCan(ctx, "conversations.write");
  const data = normalizeConversationInput(input);
  const agentId = await resolveAgentId(ctx, data.agentId, data.agentPhoneNumber);
  const [result] = await storeConversations(ctx, [{ agentId, data: { ...data, source: source ?? data.source } }]);
  return result;
}

export interface ReadyConversation {
  agentId: string;
  data: NormalizedConversation;
}

/**
 * The one write path for conversations (single, batch, webhooks, import): a multi-row insert
 * that skips external ids already stored, then the timeline and outbox rows of the new ones,
 * all in one transaction. Results come back in input order.
 */
export async function storeConversations(ctx: Ctx, items: ReadyConversation[]): Promise<IngestResult[]> {
  const workspaceId = ctx.workspace.id;
  const inserted = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .insert(conversations)
      .values(items.map(({ agentId, data }) => toRow(workspaceId, agentId, data)))
      // Concurrent or repeated duplicates lose here and are answered with the stored row below.
      .onConflictDoNothing({ target: [conversations.workspaceId, conversations.externalId] })
      .returning({ id: conversations.id, externalId: conversations.externalId, status: conversations.status, source: conversations.source });
    if (rows.length > 0) {
      await tx.insert(conversationEvents).values(rows.map((r) => ({ workspaceId, conversationId: r.id, type: "received", detail: { source: r.source } })));
      await tx.insert(outboxEvents).values(rows.map((r) => ({ workspaceId, name: "conversation/ended", data: { workspaceId, conversationId: r.id } })));
      await queueAnalyticsRefresh(tx, workspaceId, rows.map((r) => r.id));
    }
    return rows;
  });
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
  return items.map(({ data }) => {
    const row = created.get(data.externalId);
    // The first item with a new external id created it; a repeat inside the same batch did not.
    if (row && !seen.has(data.externalId)) {
      seen.add(data.externalId);
      return { id: row.id, status: row.status, created: true };
    }
    const found = row ?? stored.get(data.externalId)!;
    return { id: found.id, status: found.status, created: false };
  });
}

function toRow(workspaceId: string, agentId: string, data: NormalizedConversation) {
  return {
    workspaceId,
    agentId,
    externalId: data.externalId,
    source: data.source,
    direction: data.direction,
    callType: data.callType,
    contactName: data.contact?.name ?? null,
    contactPhone: data.contactPhone,
    contactEmail: data.contact?.email?.toLowerCase() ?? null,
    contactCompany: data.contact?.company ?? null,
    startedAt: data.startedAt,
    endedAt: data.endedAt,
    durationSeconds: data.durationSeconds,
    endReason: data.endReason,
    recordingUrl: data.recordingUrl ?? null,
    transcript: data.transcript,
    transcriptText: data.transcript.map((t) => t.text).join("\n"),
    turnCount: data.transcript.length,
    metadata: data.metadata ?? {},
  };
}
