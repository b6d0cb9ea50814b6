import { and, eq } from "drizzle-orm";
import { agents } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { assertPhoneNumbersFree, setAgentOutcomes } from "./agent-rules";
import { getAgentOrThrow, getAgentView, type AgentView } from "./get-agent";
import { agentPatch } from "./schemas";

export async function updateAgent(ctx: Ctx, id: string, input: unknown): Promise<AgentView> {
  assertCan(ctx, "definitions.write");
  const patch = parseInput(agentPatch, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const agent = await getAgentOrThrow(tx, id);
    if (patch.phoneNumbers && !agent.archivedAt) await assertPhoneNumbersFree(tx, patch.phoneNumbers, id);
    await db
      .update(agents)
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.purpose !== undefined && { purpose: patch.purpose }),
        ...(patch.prompt !== undefined && { prompt: patch.prompt }),
        ...(patch.phoneNumbers !== undefined && { phoneNumbers: patch.phoneNumbers }),
        ...(patch.insights?.summary !== undefined && { insightSummary: patch.insights.summary }),
        ...(patch.insights?.sentiment !== undefined && { insightSentiment: patch.insights.sentiment }),
        ...(patch.insights?.topics !== undefined && { insightTopics: patch.insights.topics }),
        updatedAt: new Date(),
      })
      .where(and(eq(agents.id, id), eq(agents.workspaceId, ctx.workspace.id)));
    if (patch.outcomeIds) await setAgentOutcomes(tx, id, patch.outcomeIds);
    return getAgentView(tx, id);
  });
}
