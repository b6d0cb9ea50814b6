import { eq, sql, type SQL } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/**
 * The IANA time zone the workspace counts its days in (dashboards, list filters, imports). A
 * member's context carries it (loaded with the workspace, see getWorkspaceCtx); others read it.
 */
export async function workspaceTimeZone(ctx: Ctx): Promise<string> {
  if (ctx.timeZone) return ctx.timeZone;
  const [row] = await ctx.db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return row?.timeZone ?? "UTC";
}

/**
 * The first instant of a local day (YYYY-MM-DD, plus `after` days) in a time zone: an IANA name or
 * SQL that yields one. PostgreSQL does the zone arithmetic, so every query counts days alike.
 */
export const dayStartIn = (day: string, timeZone: string | SQL, after = 0): SQL => sql`((${day}::date + ${after}::int)::timestamp at time zone ${timeZone})`;

/** A workspace's time zone inside a statement (no query of its own). */
export const workspaceTimeZoneSql = (workspaceId: string): SQL => sql`(select ${workspaces.timeZone} from ${workspaces} where ${workspaces.id} = ${workspaceId})`;
