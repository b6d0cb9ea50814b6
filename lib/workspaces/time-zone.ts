import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** The IANA time zone the workspace counts its days in (dashboards, list filters, imports). */
export async function workspaceTimeZone(ctx: Ctx): Promise<string> {
  const [row] = await ctx.db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return row?.timeZone ?? "UTC";
}
