import { and, eq, inArray, sql } from "drizzle-orm";
import { insightFields, outcomes } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { assertValidGraph, insertGoal } from "@/lib/goals/goal-store";
import { goalInput } from "@/lib/goals/schemas";
import { setAgentOutcomes } from "../agent-rules";
import { AGENT_TEMPLATES, type AgentTemplate } from "./definitions";

/** Gives a new agent the template's goals, outcomes and insight fields (inside the caller's transaction). */
export async function applyTemplate(ctx: Ctx, agentId: string, templateId: AgentTemplate["id"]): Promise<void> {
  const template = AGENT_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return;
  const goals = template.goals.map((g) => goalInput.parse(g));
  assertValidGraph(goals, null);
  for (const goal of goals) await insertGoal(ctx, agentId, goal);

  for (const custom of template.customOutcomes) {
    await ctx.db.insert(outcomes).values({ workspaceId: ctx.workspace.id, ...custom, position: 100 }).onConflictDoNothing();
  }
  const names = [...template.outcomes, ...template.customOutcomes.map((o) => o.name)].map((n) => n.toLowerCase());
  const rows = await ctx.db
    .select({ id: outcomes.id, name: outcomes.name })
    .from(outcomes)
    .where(and(eq(outcomes.workspaceId, ctx.workspace.id), inArray(sql`lower(${outcomes.name})`, names)));
  await setAgentOutcomes(ctx, agentId, rows.map((r) => r.id));

  if (template.insightFields.length) {
    await ctx.db.insert(insightFields).values(template.insightFields.map((f, position) => ({ ...f, required: f.required ?? false, options: f.options ?? null, workspaceId: ctx.workspace.id, agentId, position })));
  }
}
