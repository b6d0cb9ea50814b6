import { eq } from "drizzle-orm";
import { analyticsDaily, outcomes } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Filters } from "./filters";
import { ratio, rollupWhere, sumFloat, sumInt } from "./rollup-query";

export interface OutcomeStat {
  /** null: conversations without an outcome yet (not evaluated, or no outcome fitted). */
  outcomeId: string | null;
  name: string;
  color: string;
  isConversion: boolean;
  conversations: number;
  share: number | null;
  conversions: number;
  profit: number;
}

/** The outcome mix of the period, with the conversions and profit attributed to each outcome. */
export async function getOutcomeStats(ctx: Ctx, f: Filters): Promise<OutcomeStat[]> {
  const t = analyticsDaily;
  const [rows, defs] = await Promise.all([
    ctx.db
      .select({ outcomeId: t.outcomeId, conversations: sumInt(t.conversations), conversions: sumInt(t.conversions), profit: sumFloat(t.profit) })
      .from(t)
      .where(rollupWhere(t, f))
      .groupBy(t.outcomeId),
    ctx.db
      .select({ id: outcomes.id, name: outcomes.name, color: outcomes.color, isConversion: outcomes.isConversion, position: outcomes.position })
      .from(outcomes)
      .where(eq(outcomes.workspaceId, ctx.workspace.id)),
  ]);
  const total = rows.reduce((n, r) => n + r.conversations, 0);
  const def = new Map(defs.map((d) => [d.id, d]));
  const rank = (id: string | null) => (id ? (def.get(id)?.position ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  return rows
    .filter((r) => r.conversations > 0 || r.conversions > 0)
    .map((r) => {
      const d = r.outcomeId ? def.get(r.outcomeId) : undefined;
      return {
        outcomeId: r.outcomeId || null,
        name: d?.name ?? (r.outcomeId ? "Deleted outcome" : "No outcome"),
        color: d?.color ?? "#94a3b8",
        isConversion: d?.isConversion ?? false,
        conversations: r.conversations,
        share: ratio(r.conversations, total),
        conversions: r.conversions,
        profit: Math.round(r.profit * 100) / 100,
      };
    })
    .sort((a, b) => b.conversations - a.conversations || rank(a.outcomeId) - rank(b.outcomeId));
}
