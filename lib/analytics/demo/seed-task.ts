import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { workspaces } from "@/db/schema";
import { seedDemo } from "@/lib/demo/seed-demo";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { seedDemoCalls, type SeedCallsOptions } from "./seed-calls";

export const seedCallsArgs = z.object({
  conversations: z.coerce.number({ error: "must be a number" }).int().min(1, "must be at least 1").max(10_000_000),
  /** A workspace's slug; the demo workspace (created if need be) when absent. */
  workspace: z.string().min(1).optional(),
});

/** `npm run seed -- --conversations N [--workspace slug]`, run in this process or inside the app server. */
export async function seedCallsTask(db: Db, secret: string, args: unknown, options: Omit<SeedCallsOptions, "conversations"> = {}) {
  const { conversations, workspace: slug } = parseInput(seedCallsArgs, args);
  const workspace = slug
    ? (await db.select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.slug, slug)))[0]
    : (await seedDemo(db, secret)).workspace;
  if (!workspace) throw new NotFoundError(`Workspace "${slug}"`);
  const result = await seedDemoCalls(db, workspace, { conversations, ...options });
  return { workspace: workspace.slug, ...result };
}
