import { analyticsDaily } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { bucketsOf } from "./days";
import type { Filters } from "./filters";
import { measureFields, toKpis, type Kpis, type Measures } from "./kpis";
import { bucketOf, rollupWhere, sumInt } from "./rollup-query";

export interface TimeseriesPoint extends Kpis {
  /** First day of the bucket (a Monday for weeks), YYYY-MM-DD in the workspace's time zone. */
  bucket: string;
  /** Conversations by effective outcome id ("none" when the call has none yet). */
  outcomes: Record<string, number>;
}

const EMPTY = Object.fromEntries(Object.keys(measureFields()).map((k) => [k, 0])) as Measures;

/** Every bucket of the range (empty ones as zeros) with the KPI figures and the outcome mix. */
export async function getTimeseries(ctx: Ctx, f: Filters): Promise<{ interval: Filters["interval"]; timeZone: string; data: TimeseriesPoint[] }> {
  const t = analyticsDaily;
  const bucket = bucketOf(t.day, f.interval);
  const where = rollupWhere(t, f);
  const totals = await ctx.db.select({ bucket, ...measureFields() }).from(t).where(where).groupBy(bucket);
  const mix = await ctx.db.select({ bucket, outcomeId: t.outcomeId, conversations: sumInt(t.conversations) }).from(t).where(where).groupBy(bucket, t.outcomeId);

  const byBucket = new Map(totals.map((r) => [r.bucket, r]));
  const outcomes = new Map<string, Record<string, number>>();
  for (const r of mix) {
    if (r.conversations === 0) continue;
    const entry = outcomes.get(r.bucket) ?? {};
    entry[r.outcomeId || "none"] = r.conversations;
    outcomes.set(r.bucket, entry);
  }
  const data = bucketsOf(f.from, f.to, f.interval).map((b) => ({ bucket: b, ...toKpis(byBucket.get(b) ?? EMPTY), outcomes: outcomes.get(b) ?? {} }));
  return { interval: f.interval, timeZone: f.timeZone, data };
}
