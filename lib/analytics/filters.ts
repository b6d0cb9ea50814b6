import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { agents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { flushAnalytics } from "./refresh-facts";
import { CALL_TYPES, DIRECTIONS } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { workspaceTimeZone } from "@/lib/workspaces/time-zone";
import { addDays, daysInclusive, isRealDay, todayIn, type Interval } from "./days";

export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;

const day = z.string().refine(isRealDay, "must be a date like 2026-11-20");
const ids = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))]);

/** The filters every view and /api/v1/analytics/* answer share; days are in the workspace's time zone. */
export const analyticsQuery = z.object({
  from: day.optional().describe("First day, YYYY-MM-DD in the workspace's time zone (default: 29 days before `to`)"),
  to: day.optional().describe("Last day, YYYY-MM-DD in the workspace's time zone (default: today there)"),
  agentId: ids.optional().describe("Only these agents; repeat the parameter for several"),
  direction: z.enum(DIRECTIONS, { error: "must be inbound or outbound" }).optional(),
  callType: z.enum(CALL_TYPES, { error: `must be ${CALL_TYPES.join(" or ")}` }).optional(),
  interval: z.enum(["day", "week"], { error: "must be day or week" }).default("day").describe("Bucket size of time series (weeks start on Monday)"),
});
export type AnalyticsQuery = z.input<typeof analyticsQuery>;

export interface Filters {
  from: string;
  to: string;
  /** The period of the same length just before, for the change figures. */
  previousFrom: string;
  previousTo: string;
  days: number;
  agentIds: string[];
  direction?: (typeof DIRECTIONS)[number];
  callType?: (typeof CALL_TYPES)[number];
  interval: Interval;
  timeZone: string;
  workspaceId: string;
}

/** Validates the query (or throws InvalidError naming the field) and fills in the defaults. */
export async function resolveFilters(ctx: Ctx, input: unknown, now = new Date()): Promise<Filters> {
  const q = parseInput(analyticsQuery, input ?? {});
  // Every analytics read starts here: apply this workspace's queued refreshes so it sees every committed write.
  await flushAnalytics(ctx.db, ctx.workspace.id);
  const timeZone = await workspaceTimeZone(ctx);
  const to = q.to ?? (q.from && q.from > todayIn(timeZone, now) ? q.from : todayIn(timeZone, now));
  const from = q.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw InvalidError.field("from", "must be on or before to");
  const days = daysInclusive(from, to);
  if (days > MAX_RANGE_DAYS) throw InvalidError.field("from", `the range can span at most ${MAX_RANGE_DAYS} days`);
  const agentIds = q.agentId ?? [];
  if (agentIds.length > 0) {
    const found = new Set((await ctx.db.select({ id: agents.id }).from(agents).where(and(eq(agents.workspaceId, ctx.workspace.id), inArray(agents.id, agentIds)))).map((a) => a.id));
    const unknown = agentIds.find((id) => !found.has(id));
    if (unknown) throw InvalidError.field("agentId", `no agent with id "${unknown}" in this workspace`);
  }
  return {
    from,
    to,
    previousFrom: addDays(from, -days),
    previousTo: addDays(from, -1),
    days,
    agentIds,
    direction: q.direction,
    callType: q.callType,
    interval: q.interval,
    timeZone,
    workspaceId: ctx.workspace.id,
  };
}
