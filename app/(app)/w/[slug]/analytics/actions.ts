"use server";

import { revalidatePath } from "next/cache";
import { seedDemoCalls } from "@/lib/analytics/demo/seed-calls";
import { workspaceAction } from "@/lib/auth/action";

export const loadDemoDataAction = workspaceAction("definitions.write", async (ctx) => {
  const result = await seedDemoCalls(ctx.db, ctx.workspace, { conversations: 300, seed: Date.now() % 100_000 });
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  return { message: `Added ${result.conversations} demo calls` };
});
