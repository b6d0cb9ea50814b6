import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getAgentView } from "@/lib/agents/get-agent";
import { requireWorkspace } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

/** The domain's "not found" (also for another workspace's agent or goal) as the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The workspace and agent a page is about, loaded once per request for the layout and the page. */
export const loadAgent = cache(async (slug: string, agentId: string) => {
  const ctx = await requireWorkspace(slug);
  const agent = await orNotFound(getAgentView(ctx, agentId));
  return { ctx, agent, base: `/w/${ctx.workspace.slug}/agents/${agent.id}` };
});
