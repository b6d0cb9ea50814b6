import { and, asc, eq } from "drizzle-orm";
import { agents, conversationEvents, conversations, outcomes } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { presentConversationSummary } from "./present-conversation";
import { conversationColumns } from "@/lib/conversations/columns";

/** One conversation with its transcript, metadata and timeline; other workspaces' are "not found". */
export async function getConversation(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select({ conversation: conversationColumns, agentName: agents.name, outcome: { id: outcomes.id, name: outcomes.name, color: outcomes.color } })
    .from(conversations)
    .innerJoin(agents, eq(agents.id, conversations.agentId))
    .leftJoin(outcomes, eq(outcomes.id, conversations.outcomeId))
    .where(and(eq(conversations.id, id), eq(conversations.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Conversation");
  const timeline = await ctx.db
    .select({ type: conversationEvents.type, detail: conversationEvents.detail, at: conversationEvents.at })
    .from(conversationEvents)
    .where(eq(conversationEvents.conversationId, id))
    .orderBy(asc(conversationEvents.at));
  const c = row.conversation;
  // Receipt is the row itself (stored in the same statement), so it is not stored again as an event.
  const received = { type: "received", detail: { source: c.source } as Record<string, unknown> | null, at: c.createdAt };
  return {
    ...presentConversationSummary(c, { agentName: row.agentName, outcome: row.outcome?.id ? row.outcome : null }),
    transcript: c.transcript,
    metadata: c.metadata,
    timeline: [received, ...timeline],
  };
}
export type ConversationDetail = Awaited<ReturnType<typeof getConversation>>;

/** Deletes the conversation and everything derived from it (timeline, results — by cascade). */
export async function deleteConversation(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "conversations.write");
  const rows = await ctx.db
    .delete(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.workspaceId, ctx.workspace.id)))
    .returning({ id: conversations.id });
  if (rows.length === 0) throw new NotFoundError("Conversation");
}
