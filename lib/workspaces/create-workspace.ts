import { z } from "zod";
import type { Db } from "@/db";
import { memberships, workspaces } from "@/db/schema";
import { nameSchema, parseInput } from "@/lib/validation";
import { ensureStandardOutcomes } from "@/lib/outcomes/ensure-standard-outcomes";
import { uniqueSlug } from "./slug";
import type { WorkspaceRef } from "@/lib/context";

export const workspaceInput = z.object({ name: nameSchema("Workspace name", 60) });

/** Creates a workspace owned by the user. Takes the db first so sign-up can run it in its transaction. */
export async function createWorkspace(db: Db, userId: string, input: unknown): Promise<WorkspaceRef> {
  const { name } = parseInput(workspaceInput, input);
  const slug = await uniqueSlug(db, name);
  const [workspace] = await db
    .insert(workspaces)
    .values({ name, slug })
    .returning({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug });
  await db.insert(memberships).values({ workspaceId: workspace.id, userId, role: "owner" });
  await ensureStandardOutcomes(db, workspace.id);
  return workspace;
}
