import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { agents, analyticsFacts, conversations, goalResults, goals, outcomes } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { rangeBounds } from "./get-goal-detail";

const BASE_COLUMNS = [
  "id", "external_id", "ended_at", "local_day", "agent", "direction", "call_type", "end_reason", "reached", "duration_seconds", "status",
  "outcome", "primary_goal", "sentiment", "sentiment_score", "evaluation_cost_usd", "conversions", "profit", "contact_name", "contact_phone", "contact_email",
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Quote what needs it, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const line = (values: unknown[]) => values.map(cell).join(",") + "\r\n";

/**
 * The conversations of the filters with their results, as CSV text in chunks of one page each:
 * keyset pages over (endedAt, id), so memory stays flat however many rows there are.
 * One column per goal key of the agents concerned holds that goal's effective status.
 */
export async function* exportConversationsCsv(ctx: Ctx, f: Filters, pageSize = 1000): AsyncGenerator<string> {
  const ws = ctx.workspace.id;
  const agentFilter = f.agentIds.length > 0 ? inArray(goals.agentId, f.agentIds) : undefined;
  const [goalKeys, agentRows, outcomeRows] = await Promise.all([
    ctx.db.selectDistinctOn([goals.key], { key: goals.key }).from(goals).where(and(eq(goals.workspaceId, ws), agentFilter)).orderBy(asc(goals.key)),
    ctx.db.select({ id: agents.id, name: agents.name }).from(agents).where(eq(agents.workspaceId, ws)),
    ctx.db.select({ id: outcomes.id, name: outcomes.name }).from(outcomes).where(eq(outcomes.workspaceId, ws)),
  ]);
  const keys = goalKeys.map((g) => g.key);
  const agentName = new Map(agentRows.map((a) => [a.id, a.name]));
  const outcomeName = new Map(outcomeRows.map((o) => [o.id, o.name]));
  yield line([...BASE_COLUMNS, ...keys.map((k) => `goal:${k}`)]);

  const { start, end } = rangeBounds(f);
  const c = conversations;
  const page = (after: { endedAt: Date; id: string } | null) =>
    ctx.db
      .select({
        id: c.id, externalId: c.externalId, endedAt: c.endedAt, agentId: c.agentId, direction: c.direction, callType: c.callType, endReason: c.endReason,
        durationSeconds: c.durationSeconds, status: c.status, outcomeId: c.outcomeId, contactName: c.contactName, contactPhone: c.contactPhone, contactEmail: c.contactEmail,
        day: analyticsFacts.day, reach: analyticsFacts.reach, primaryStatus: analyticsFacts.primaryStatus, sentimentLabel: analyticsFacts.sentimentLabel,
        sentimentScore: analyticsFacts.sentimentScore, evaluationCostUsd: analyticsFacts.evaluationCostUsd, conversions: analyticsFacts.conversions, profit: analyticsFacts.profit,
      })
      .from(c)
      .leftJoin(analyticsFacts, eq(analyticsFacts.conversationId, c.id))
      .where(
        and(
          eq(c.workspaceId, ws),
          sql`${c.endedAt} >= ${start}`,
          sql`${c.endedAt} < ${end}`,
          f.agentIds.length > 0 ? inArray(c.agentId, f.agentIds) : undefined,
          f.direction ? eq(c.direction, f.direction) : undefined,
          f.callType ? eq(c.callType, f.callType) : undefined,
          after ? or(lt(c.endedAt, after.endedAt), and(eq(c.endedAt, after.endedAt), lt(c.id, after.id))) : undefined,
        ),
      )
      // "nulls last" as in conversations_workspace_ended_idx, so the index gives the order (no sort of the whole range).
      .orderBy(sql`${c.endedAt} desc nulls last`, sql`${c.id} desc nulls last`)
      .limit(pageSize);

  let cursor: { endedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await page(cursor);
    if (rows.length === 0) return;
    const verdicts = await ctx.db
      .select({ conversationId: goalResults.conversationId, key: goalResults.goalKey, status: goalResults.effectiveStatus })
      .from(goalResults)
      .where(and(inArray(goalResults.conversationId, rows.map((r) => r.id)), eq(goalResults.isCurrent, true)));
    const statusOf = new Map(verdicts.map((v) => [`${v.conversationId}:${v.key}`, v.status]));
    yield rows
      .map((r) =>
        line([
          r.id, r.externalId, r.endedAt, r.day, agentName.get(r.agentId), r.direction, r.callType, r.endReason, r.reach, r.durationSeconds, r.status,
          r.outcomeId ? outcomeName.get(r.outcomeId) : null, r.primaryStatus, r.sentimentLabel, r.sentimentScore, r.evaluationCostUsd, r.conversions, r.profit,
          r.contactName, r.contactPhone, r.contactEmail,
          ...keys.map((k) => statusOf.get(`${r.id}:${k}`)),
        ]),
      )
      .join("");
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { endedAt: last.endedAt, id: last.id };
  }
}

/** A pull-based byte stream over text chunks: the next page is read only when the client wants more. */
export function textStream(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}

export function csvFileName(f: Filters) {
  return `debrief-conversations-${f.from}-to-${f.to}.csv`;
}

/** The streamed CSV download of the filters' conversations. */
export function csvResponse(ctx: Ctx, f: Filters): Response {
  return new Response(textStream(exportConversationsCsv(ctx, f)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${csvFileName(f)}"`, "cache-control": "no-store" },
  });
}
