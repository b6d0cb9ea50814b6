import { gte, lte, and } from "drizzle-orm";
import { analyticsDaily } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { measureFields, toKpis, type Kpis, type Measures } from "./kpis";
import { rollupWhere } from "./rollup-query";

export interface Summary extends Kpis {
  from: string;
  to: string;
  timeZone: string;
  /** The same figures for the period of equal length just before. */
  previous: Kpis & { from: string; to: string };
}

/** The KPI cards: one scan of the daily rollup covers both periods. */
export async function getSummary(ctx: Ctx, f: Filters): Promise<Summary> {
  const t = analyticsDaily;
  const current = and(gte(t.day, f.from), lte(t.day, f.to))!;
  const previous = and(gte(t.day, f.previousFrom), lte(t.day, f.previousTo))!;
  const cur = measureFields(current);
  const prev = Object.fromEntries(Object.entries(measureFields(previous)).map(([k, v]) => [`p_${k}`, v]));
  const [row] = await ctx.db
    .select({ ...cur, ...prev })
    .from(t)
    .where(rollupWhere(t, f, f.previousFrom, f.to));
  const values = row as unknown as Record<string, number>;
  const pick = (prefix: string) => Object.fromEntries(Object.keys(cur).map((k) => [k, values[prefix + k] ?? 0])) as Measures;
  return { from: f.from, to: f.to, timeZone: f.timeZone, ...toKpis(pick("")), previous: { from: f.previousFrom, to: f.previousTo, ...toKpis(pick("p_")) } };
}
