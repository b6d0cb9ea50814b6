import type { Metadata } from "next";
import { AgentForm } from "@/components/agents/agent-form";
import { AgentGlance } from "@/components/agents/agent-glance";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { listGoals } from "@/lib/goals/list-goals";
import { listInsightFields } from "@/lib/insight-fields/insight-fields";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { updateAgentAction } from "../actions";
import { loadAgent } from "./load-agent";

export const metadata: Metadata = { title: "Agent" };

export default async function AgentOverviewPage({ params }: { params: Promise<{ slug: string; agentId: string }> }) {
  const { slug, agentId } = await params;
  const { ctx, agent, base } = await loadAgent(slug, agentId);
  const [goals, outcomes, fields] = await Promise.all([listGoals(ctx, agent.id), listOutcomes(ctx), listInsightFields(ctx, agent.id)]);
  const readOnly = !can(ctx.actor.role, "definitions.write");
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Details</h2>
          </CardTitle>
          <CardDescription>{readOnly ? "Your role can look but not edit." : "How this agent is known and which calls are its."}</CardDescription>
        </CardHeader>
        <CardContent>
          {/* Remounts after a save, to show the numbers as stored (E.164). */}
          <AgentForm key={agent.updatedAt.getTime()} slug={ctx.workspace.slug} agent={agent} action={updateAgentAction} readOnly={readOnly} />
        </CardContent>
      </Card>
      <AgentGlance
        base={base}
        goalCount={goals.length}
        primaryTitle={goals.find((g) => g.kind === "primary")?.title ?? null}
        outcomesUsed={agent.outcomeIds.length}
        outcomesTotal={outcomes.length}
        insights={agent.insights}
        customFieldCount={fields.length}
        createdAt={agent.createdAt}
      />
    </div>
  );
}
