import "server-only";
import { TEMPLATE_FIELDS } from "@/integrations/email/templates";
import { listAgents } from "@/lib/agents/list-agents";
import type { Ctx } from "@/lib/context";
import { listGoals } from "@/lib/goals/list-goals";
import { listMembers } from "@/lib/members/list-members";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import type { BuilderContext } from "@/components/automations/builder-context";

/** Agents, their goals, outcomes and members for the builder's pickers. */
export async function loadBuilderContext(ctx: Ctx): Promise<BuilderContext> {
  const [agents, outcomes, members] = await Promise.all([listAgents(ctx), listOutcomes(ctx), listMembers(ctx)]);
  const goals = await Promise.all(agents.map((a) => listGoals(ctx, a.id)));
  return {
    agents: agents.map((a) => ({ id: a.id, name: a.name })),
    goalsByAgent: Object.fromEntries(
      agents.map((a, i) => [a.id, goals[i].map((g) => ({ key: g.key, title: g.title, kind: g.kind, variables: g.outputVariables.map((v) => v.name) }))]),
    ),
    outcomes: outcomes.map((o) => ({ name: o.name, color: o.color })),
    members: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role })),
    templateFields: TEMPLATE_FIELDS,
  };
}
