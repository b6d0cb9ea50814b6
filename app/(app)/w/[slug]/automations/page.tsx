import type { Metadata } from "next";
import Link from "next/link";
import { PlusIcon, WorkflowIcon } from "lucide-react";
import { AutomationsNav } from "@/components/automations/automations-nav";
import { memberLabel } from "@/components/automations/builder-context";
import { RuleCard } from "@/components/automations/rule-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { listAutomations } from "@/lib/automations/automations";
import { listDeliveries } from "@/lib/automations/deliveries";
import { loadBuilderContext } from "./load-builder";

export const metadata: Metadata = { title: "Automations" };

const RUNS_SHOWN = 5;

export default async function AutomationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const canManage = can(ctx.actor.role, "automations.manage");
  const [rules, context] = await Promise.all([listAutomations(ctx), loadBuilderContext(ctx)]);
  const runs = await Promise.all(rules.map((rule) => listDeliveries(ctx, { automationId: rule.id, limit: RUNS_SHOWN })));
  const base = `/w/${ctx.workspace.slug}/automations`;
  const names = {
    goals: Object.fromEntries(Object.values(context.goalsByAgent).flat().map((g) => [g.key, g.title])),
    members: Object.fromEntries(context.members.map((m) => [m.userId, memberLabel(m)])),
  };
  const newRule = canManage ? (
    <Button asChild>
      <Link href={`${base}/new`}>
        <PlusIcon aria-hidden />
        New rule
      </Link>
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Automations" description="What happens after a call: emails, team alerts, HubSpot, lead routing and signed webhooks, each run at most once per call." actions={newRule}>
        <AutomationsNav slug={ctx.workspace.slug} active="rules" ruleCount={rules.length} />
      </PageHeader>
      {rules.length === 0 ? (
        <EmptyState
          icon={<WorkflowIcon />}
          titleAs="h2"
          title="No automation rules yet"
          description="A rule watches evaluated calls (or recorded conversions) and acts when its conditions hold: for example, email the front desk and call your webhook whenever an appointment is scheduled. The builder shows how many recent calls a rule would have matched before you save it."
          action={newRule}
        />
      ) : (
        <div className="grid gap-4">
          {canManage ? null : <p className="text-sm text-muted-foreground">Only owners and admins can change automation rules.</p>}
          <ul className="grid gap-4" aria-label="Automation rules">
            {rules.map((rule, i) => (
              <li key={rule.id}>
                <RuleCard
                  slug={ctx.workspace.slug}
                  rule={rule}
                  agentName={rule.agentId ? (context.agents.find((a) => a.id === rule.agentId)?.name ?? "An archived agent") : null}
                  names={names}
                  runs={runs[i].data}
                  canManage={canManage}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
