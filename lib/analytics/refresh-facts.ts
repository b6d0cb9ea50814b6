import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { rowsOf } from "@/db/client";

/** Serialises a rebuild against the per-conversation refreshes of the same workspace. */
const lockKey = (workspaceId: string) => sql`hashtextextended(${`analytics:${workspaceId}`}, 0)`;

const inList = (column: SQL, ids: string[]) =>
  sql`${column} in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;

/**
 * What each conversation contributes to the dashboards, computed from the source tables. The day
 * is the call's end in the workspace's time zone; calls that reached voicemail (by end reason or
 * by their outcome), no one or a busy line are told apart from connected ones.
 */
function factsSelect(workspaceId: string, ids?: string[]): SQL {
  const only = (column: string) => (ids ? sql`and ${inList(sql.raw(column), ids)}` : sql``);
  return sql`
    select c.id, c.workspace_id, c.agent_id, (c.ended_at at time zone w.time_zone)::date, c.direction, c.call_type, c.outcome_id,
      case when c.end_reason = 'no-answer' then 'no_answer'
           when c.end_reason = 'busy' then 'busy'
           when c.end_reason = 'voicemail' or o.standard_key = 'voicemail' then 'voicemail'
           else 'connected' end,
      coalesce(e.evaluated, false), g.primary_status, c.duration_seconds, e.sentiment_score, e.sentiment_label,
      coalesce(e.cost, 0), coalesce(v.n, 0), coalesce(v.p, 0), coalesce(g.goals, '[]'::jsonb)
    from conversations c
    join workspaces w on w.id = c.workspace_id
    left join outcomes o on o.id = c.outcome_id
    left join (
      select conversation_id, sum(cost_usd)::float8 as cost, bool_or(is_current) as evaluated,
        max(sentiment_score) filter (where is_current) as sentiment_score, max(sentiment_label) filter (where is_current) as sentiment_label
      from evaluations where workspace_id = ${workspaceId} ${only("conversation_id")}
      group by conversation_id
    ) e on e.conversation_id = c.id
    left join (
      select r.conversation_id,
        jsonb_agg(jsonb_build_object('k', r.goal_key, 's', r.effective_status, 'm', r.status, 'r', r.reached, 'h', vo.goal_status) order by r.position, r.goal_key) as goals,
        min(r.effective_status) filter (where r.kind = 'primary') as primary_status
      from goal_results r
      left join verdict_overrides vo on vo.conversation_id = r.conversation_id and vo.target = 'goal:' || r.goal_key and vo.kind = 'override'
      where r.is_current and r.workspace_id = ${workspaceId} ${only("r.conversation_id")}
      group by r.conversation_id
    ) g on g.conversation_id = c.id
    left join (
      select conversation_id, count(*)::int as n, coalesce(sum(profit), 0)::float8 as p
      from conversions where workspace_id = ${workspaceId} and conversation_id is not null ${only("conversation_id")}
      group by conversation_id
    ) v on v.conversation_id = c.id
    where c.workspace_id = ${workspaceId} ${only("c.id")}`;
}

const COLUMNS = sql.raw(
  "conversation_id, workspace_id, agent_id, day, direction, call_type, outcome_id, reach, evaluated, primary_status, duration_seconds, sentiment_score, sentiment_label, evaluation_cost_usd, conversions, profit, goals",
);
const UPDATE_ALL = sql.raw(
  ["agent_id", "day", "direction", "call_type", "outcome_id", "reach", "evaluated", "primary_status", "duration_seconds", "sentiment_score", "sentiment_label", "evaluation_cost_usd", "conversions", "profit", "goals"]
    .map((c) => `${c} = excluded.${c}`)
    .join(", "),
);

/**
 * Marks conversations whose figures changed (inside the caller's transaction). Cheap and free of
 * contention: the rollups are brought up to date by `flushAnalytics`, in batches.
 */
export async function queueAnalyticsRefresh(db: Db, workspaceId: string, conversationIds: string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  const values = sql.join([...new Set(conversationIds)].map((id) => sql`(${id}, ${workspaceId})`), sql`, `);
  await db.execute(sql`insert into analytics_pending (conversation_id, workspace_id) values ${values} on conflict do nothing`);
}

/**
 * Applies queued refreshes: all of one workspace (before a dashboard read, so reads see every
 * committed write), or a batch across workspaces (the background sweep). Rows claimed by another
 * process are skipped, so several servers can sweep at once. Returns how many were applied.
 */
export async function flushAnalytics(db: Db, workspaceId?: string, batch = 2_000): Promise<number> {
  let applied = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const claimed = rowsOf<{ conversation_id: string; workspace_id: string }>(
        await tx.execute(sql`delete from analytics_pending where conversation_id in (
          select conversation_id from analytics_pending ${workspaceId ? sql`where workspace_id = ${workspaceId}` : sql``}
          limit ${batch} for update skip locked) returning conversation_id, workspace_id`),
      );
      const byWorkspace = new Map<string, string[]>();
      for (const row of claimed) byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row.conversation_id]);
      for (const [ws, ids] of byWorkspace) await refreshConversationFacts(tx, ws, ids);
      return claimed.length;
    });
    applied += done;
    if (done < batch) return applied;
  }
}

/**
 * Brings the dashboards up to date with these conversations, inside the caller's transaction:
 * their fact rows are recomputed and the rollups follow by trigger (old contribution out, new in).
 * Call it wherever a conversation, its current evaluation, a goal verdict or an override changes.
 * Deleted conversations need nothing: their facts go by cascade and the trigger subtracts them.
 */
export async function refreshConversationFacts(db: Db, workspaceId: string, conversationIds: string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  await db.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(workspaceId)})`);
  await db.execute(sql`insert into analytics_conversation_facts (${COLUMNS}) ${factsSelect(workspaceId, [...new Set(conversationIds)])}
    on conflict (conversation_id) do update set ${UPDATE_ALL}`);
}

/**
 * Recomputes every fact and rollup of a workspace (after its time zone changed, or a bulk load
 * that wrote the source tables directly). One statement adds all facts; the trigger aggregates
 * them in one pass.
 */
export async function rebuildRollups(db: Db, workspaceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(workspaceId)})`);
    await tx.execute(sql`select set_config('debrief.analytics_skip', 'on', true)`);
    await tx.execute(sql`delete from analytics_conversation_facts where workspace_id = ${workspaceId}`);
    await tx.execute(sql`delete from analytics_daily where workspace_id = ${workspaceId}`);
    await tx.execute(sql`delete from analytics_goal_daily where workspace_id = ${workspaceId}`);
    await tx.execute(sql`delete from analytics_pending where workspace_id = ${workspaceId}`);
    await tx.execute(sql`select set_config('debrief.analytics_skip', 'off', true)`);
    await tx.execute(sql`select set_config('work_mem', '256MB', true)`);
    await tx.execute(sql`insert into analytics_conversation_facts (${COLUMNS}) ${factsSelect(workspaceId)}`);
  });
}
