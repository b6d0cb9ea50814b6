import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { assertCan, type Ctx, type WorkspaceRef } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { workspaceInput } from "./create-workspace";

/** Renames the workspace; the slug (and so every link) stays the same. */
export async function renameWorkspace(ctx: Ctx, input: unknown): Promise<WorkspaceRef> {
  assertCan(ctx, "workspace.update");
  const { name } = parseInput(workspaceInput, input);
  const [row] = await ctx.db
    .update(workspaces)
    .set({ name })
    .where(eq(workspaces.id, ctx.workspace.id))
    .returning({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug });
  return row;
}
