import { agents } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { assertPhoneNumbersFree, setAgentOutcomes } from "./agent-rules";
import { getAgentView, type AgentView } from "./get-agent";
import { agentInput } from "./schemas";
import { applyTemplate } from "./templates/apply-template";

/** Creates an agent, optionally from a template (its goals, outcomes and insight fields come along, all editable). */
export async function createAgent(ctx: Ctx, input: unknown): Promise<AgentView> {
  assertCan(ctx, "definitions.write");
  const data = parseInput(agentInput, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await assertPhoneNumbersFree(tx, data.phoneNumbers);
    const [agent] = await db
      .insert(agents)
      .values({
        workspaceId: ctx.workspace.id,
        name: data.name,
        purpose: data.purpose,
        prompt: data.prompt ?? null,
        phoneNumbers: data.phoneNumbers,
        insightSummary: data.insights.summary ?? true,
        insightSentiment: data.insights.sentiment ?? true,
        insightTopics: data.insights.topics ?? true,
      })
      .returning();
    if (data.template) await applyTemplate(tx, agent.id, data.template);
    if (data.outcomeIds.length > 0) await setAgentOutcomes(tx, agent.id, data.outcomeIds);
    return getAgentView(tx, agent.id);
  });
}
