import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { agents, conversations, outcomes } from "@/db/schema";
import { CONVERSATION_STATUSES } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { toE164 } from "@/lib/phone";
import { afterCursor, pageOf } from "@/lib/pagination";
import { isRealDay } from "@/lib/analytics/days";
import { parseInput } from "@/lib/validation";
import { dayStartIn, workspaceTimeZoneSql } from "@/lib/workspaces/time-zone";
import { DIRECTIONS } from "./input-schema";
import { presentConversationSummary, type ConversationSummary } from "./present-conversation";
import { conversationColumns } from "./columns";
import { transcriptMatches } from "./transcript-search";

const GOAL_FILTER_STATUSES = ["achieved", "partially_achieved", "not_achieved", "pending_confirmation", "missed"] as const;
const goalStatuses = (s: string | undefined) => (s === "missed" ? ["not_achieved", "partially_achieved"] : s ? [s] : ["achieved", "partially_achieved", "not_achieved", "pending_confirmation"]);

const day = z.string().refine(isRealDay, "must be a date like 2026-11-20");

export const conversationFilters = z.object({
  agentId: z.string().min(1).optional(),
  status: z.enum(CONVERSATION_STATUSES, { error: `must be one of ${CONVERSATION_STATUSES.join(", ")}` }).optional(),
  outcomeId: z.string().min(1).optional(),
  direction: z.enum(DIRECTIONS, { error: "must be inbound or outbound" }).optional(),
  /** Calls that ended on or after this day (in the workspace's time zone, as the dashboard counts days). */
  from: day.optional(),
  /** Calls that ended on or before this day (in the workspace's time zone). */
  to: day.optional(),
  phone: z.string().trim().min(1).optional(),
  email: z.string().trim().toLowerCase().min(1).optional(),
  /** Words to find in transcripts. */
  q: z.string().trim().min(1).max(200).optional(),
  /**
   * Connected calls whose current verdict on this goal (by key) has goalStatus (any when absent;
   * "missed" = partly or not achieved) — as the dashboard counts them, leaving out calls that
   * reached voicemail, no one or a busy line.
   */
  goalKey: z.string().trim().min(1).max(100).optional(),
  goalStatus: z.enum(GOAL_FILTER_STATUSES, { error: `must be one of ${GOAL_FILTER_STATUSES.join(", ")}` }).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be at least 1").max(100, "must be at most 100").default(25),
});
export type ConversationFilters = z.input<typeof conversationFilters>;

export async function listConversations(ctx: Ctx, input: ConversationFilters): Promise<{ data: ConversationSummary[]; nextCursor: string | null }> {
  const f = parseInput(conversationFilters, input);
  const timeZone = workspaceTimeZoneSql(ctx.workspace.id);
  const where: (SQL | undefined)[] = [
    eq(conversations.workspaceId, ctx.workspace.id),
    f.agentId ? eq(conversations.agentId, f.agentId) : undefined,
    f.status ? eq(conversations.status, f.status) : undefined,
    f.outcomeId ? eq(conversations.outcomeId, f.outcomeId) : undefined,
    f.direction ? eq(conversations.direction, f.direction) : undefined,
    f.from ? gte(conversations.endedAt, dayStartIn(f.from, timeZone)) : undefined,
    f.to ? lt(conversations.endedAt, dayStartIn(f.to, timeZone, 1)) : undefined,
    f.phone ? eq(conversations.contactPhone, toE164(f.phone) ?? f.phone) : undefined,
    f.email ? eq(conversations.contactEmail, f.email) : undefined,
    f.q ? transcriptMatches(f.q) : undefined,
    f.goalKey
      ? // Connected calls only (as the dashboard counts them): not voicemail, no-answer or busy, by end reason or outcome.
        sql`${conversations.endReason} not in ('voicemail', 'no-answer', 'busy')
          and not exists (select 1 from outcomes vo where vo.id = ${conversations.outcomeId} and vo.standard_key = 'voicemail')
          and exists (select 1 from goal_results g where g.conversation_id = ${conversations.id} and g.is_current and g.goal_key = ${f.goalKey} and g.effective_status in (${sql.join(goalStatuses(f.goalStatus).map((s) => sql`${s}`), sql`, `)}))`
      : undefined,
  ];
  where.push(afterCursor(f.cursor, conversations.endedAt, conversations.id));
  const columns = summaryColumns();
  const rows = await ctx.db
    .select({ ...columns, agentName: agents.name, outcomeName: outcomes.name, outcomeColor: outcomes.color })
    .from(conversations)
    .innerJoin(agents, eq(agents.id, conversations.agentId))
    .leftJoin(outcomes, eq(outcomes.id, conversations.outcomeId))
    .where(and(...where))
    // "nulls last" matches conversations_workspace_ended_idx, so pages are read off the index, not sorted.
    .orderBy(sql`${conversations.endedAt} desc nulls last`, sql`${conversations.id} desc nulls last`)
    .limit(f.limit + 1);
  const { page, nextCursor } = pageOf(rows, f.limit, (row) => row.endedAt);
  return {
    data: page.map((r) => presentConversationSummary(r, { agentName: r.agentName, outcome: r.outcomeId && r.outcomeName ? { id: r.outcomeId, name: r.outcomeName, color: r.outcomeColor ?? "#64748b" } : null })),
    nextCursor,
  };
}

/** Every column but the heavy ones (transcript, its text, metadata): lists never need them. */
function summaryColumns() {
  const { transcript, metadata, ...summary } = conversationColumns;
  return summary;
}
