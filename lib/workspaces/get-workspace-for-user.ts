import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { memberships, workspaces } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { Ctx } from "@/lib/context";

/**
 * The workspace behind a slug, as a context for this user, with the time zone its pages show times
 * in; not a member → not found (never "forbidden").
 */
export async function getWorkspaceCtx(db: Db, userId: string, slug: string): Promise<Ctx & { timeZone: string }> {
  const [row] = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, timeZone: workspaces.timeZone, role: memberships.role })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(eq(workspaces.slug, slug));
  if (!row) throw new NotFoundError("Workspace");
  return { db, workspace: { id: row.id, name: row.name, slug: row.slug }, actor: { type: "user", userId, role: row.role }, timeZone: row.timeZone };
}
