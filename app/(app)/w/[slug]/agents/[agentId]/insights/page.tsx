import type { Metadata } from "next";
import { SparklesIcon } from "lucide-react";
import { BuiltInInsights } from "@/components/agents/built-in-insights";
import { InsightFieldForm } from "@/components/agents/insight-field-form";
import { InsightFieldList } from "@/components/agents/insight-field-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Separator } from "@/components/ui/separator";
import { can } from "@/lib/auth/permissions";
import { listInsightFields } from "@/lib/insight-fields/insight-fields";
import { loadAgent } from "../load-agent";
import { createInsightFieldAction, deleteInsightFieldAction, setBuiltInInsightAction, updateInsightFieldAction } from "./actions";

type Props = { params: Promise<{ slug: string; agentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId } = await params;
  return { title: `Insights · ${(await loadAgent(slug, agentId)).agent.name}` };
}

export default async function AgentInsightsPage({ params }: Props) {
  const { slug, agentId } = await params;
  const { ctx, agent } = await loadAgent(slug, agentId);
  const fields = await listInsightFields(ctx, agent.id);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const ws = ctx.workspace.slug;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Built-in insights</h2>
          </CardTitle>
          <CardDescription>Produced for every call of this agent, whatever its goals.</CardDescription>
        </CardHeader>
        <CardContent>
          <BuiltInInsights slug={ws} agentId={agent.id} insights={agent.insights} action={setBuiltInInsightAction} readOnly={!canEdit} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Custom fields</h2>
          </CardTitle>
          <CardDescription>Facts to pull out of every call, beyond the goals: the product asked about, the company size, the reason for cancelling.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {fields.length === 0 ? (
            <EmptyState icon={<SparklesIcon />} title="No custom fields yet" description={canEdit ? "Add one below: give it a name, a type and a description the evaluator can act on." : "None have been added for this agent."} />
          ) : (
            <InsightFieldList slug={ws} agentId={agent.id} fields={fields} canEdit={canEdit} actions={{ update: updateInsightFieldAction, remove: deleteInsightFieldAction }} />
          )}
          {canEdit ? (
            <>
              <Separator />
              <section className="grid gap-4" aria-labelledby="new-field-heading">
                <h3 id="new-field-heading" className="text-sm font-medium">
                  Add a field
                </h3>
                <InsightFieldForm slug={ws} agentId={agent.id} action={createInsightFieldAction} idPrefix="new-field" />
              </section>
            </>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
