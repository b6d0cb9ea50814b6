import type { Metadata } from "next";
import Link from "next/link";
import { FlagIcon } from "lucide-react";
import { AgentOutcomesForm } from "@/components/agents/agent-outcomes-form";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { loadAgent } from "../load-agent";
import { setAgentOutcomesAction } from "./actions";

type Props = { params: Promise<{ slug: string; agentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId } = await params;
  return { title: `Outcomes · ${(await loadAgent(slug, agentId)).agent.name}` };
}

export default async function AgentOutcomesPage({ params }: Props) {
  const { slug, agentId } = await params;
  const { ctx, agent } = await loadAgent(slug, agentId);
  const outcomes = await listOutcomes(ctx);
  const manage = `/w/${ctx.workspace.slug}/outcomes`;
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Outcomes</h2>
        </CardTitle>
        <CardDescription>How this agent&apos;s calls can end. After each call one outcome is picked from these. Leave them all unticked to use every outcome of the workspace.</CardDescription>
        <CardAction>
          <Button asChild variant="outline" size="sm">
            <Link href={manage}>Manage outcomes</Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {outcomes.length === 0 ? (
          <EmptyState icon={<FlagIcon />} title="No outcomes" description="The workspace has no active outcomes. Create or restore some on the Outcomes page." />
        ) : (
          <AgentOutcomesForm
            slug={ctx.workspace.slug}
            agentId={agent.id}
            outcomes={outcomes}
            selected={agent.outcomeIds.filter((id) => outcomes.some((o) => o.id === id))}
            action={setAgentOutcomesAction}
            readOnly={!can(ctx.actor.role, "definitions.write")}
          />
        )}
      </CardContent>
    </Card>
  );
}
