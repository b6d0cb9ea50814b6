import { eq } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { currentZoneName, isTimeZone } from "@/lib/time-zones";
import { parseInput } from "@/lib/validation";
import { rebuildRollups } from "./refresh-facts";

const timeZoneInput = z.object({
  timeZone: z.string({ error: "is required" }).trim().refine(isTimeZone, "must be an IANA time zone such as Europe/Paris or America/New_York").transform(currentZoneName),
});

/**
 * Sets the time zone that days and weeks are counted in. The rollups are keyed by local day, so
 * a change rebuilds them (one pass over the workspace's conversations).
 */
export async function setWorkspaceTimeZone(ctx: Ctx, input: unknown): Promise<{ timeZone: string; rebuilt: boolean }> {
  assertCan(ctx, "workspace.update");
  const { timeZone } = parseInput(timeZoneInput, input);
  const [before] = await ctx.db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  if (before?.timeZone === timeZone) return { timeZone, rebuilt: false };
  await ctx.db.update(workspaces).set({ timeZone }).where(eq(workspaces.id, ctx.workspace.id));
  await rebuildRollups(ctx.db, ctx.workspace.id);
  return { timeZone, rebuilt: true };
}
