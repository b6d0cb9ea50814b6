import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Filters } from "./filters";

interface RollupColumns {
  workspaceId: PgColumn;
  day: PgColumn;
  agentId: PgColumn;
  direction: PgColumn;
  callType: PgColumn;
}

/** The shared filters on a rollup table, for one range of local days (the current period by default). */
export function rollupWhere(t: RollupColumns, f: Filters, from = f.from, to = f.to): SQL | undefined {
  return and(
    eq(t.workspaceId, f.workspaceId),
    gte(t.day, from),
    lte(t.day, to),
    f.agentIds.length > 0 ? inArray(t.agentId, f.agentIds) : undefined,
    f.direction ? eq(t.direction, f.direction) : undefined,
    f.callType ? eq(t.callType, f.callType) : undefined,
  );
}

/** sum() as a JS number on both drivers (bigint and numeric would come back as strings). */
export const sumInt = (column: PgColumn | SQL, where?: SQL) => sql<number>`coalesce(sum(${column})${where ? sql` filter (where ${where})` : sql``}, 0)::int`;
export const sumFloat = (column: PgColumn | SQL, where?: SQL) => sql<number>`coalesce(sum(${column})${where ? sql` filter (where ${where})` : sql``}, 0)::float8`;

/** A day column bucketed by day or by week (Monday), as YYYY-MM-DD text. */
export const bucketOf = (day: PgColumn, interval: Filters["interval"]) =>
  interval === "week" ? sql<string>`to_char(date_trunc('week', ${day}::timestamp), 'YYYY-MM-DD')` : sql<string>`to_char(${day}, 'YYYY-MM-DD')`;

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
