import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveIcon, BotIcon, PlusIcon } from "lucide-react";
import { ActionButton } from "@/components/agents/action-button";
import { AgentCard } from "@/components/agents/agent-card";
import { AgentsSkeleton } from "@/components/agents/list-skeleton";
import { ArchiveViewSwitch } from "@/components/agents/archive-view-switch";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAgents } from "@/lib/agents/list-agents";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { deleteAgentAction, restoreAgentAction } from "./actions";

export const metadata: Metadata = { title: "Agents" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ view?: string }> };

/*
 * The skeleton is a Suspense boundary inside the page rather than a loading.tsx: a loading.tsx
 * here would also wrap /agents/[agentId], whose "not found" would then stream with status 200.
 */
export default function AgentsPage(props: Props) {
  return (
    <Suspense fallback={<AgentsSkeleton />}>
      <Agents {...props} />
    </Suspense>
  );
}

async function Agents({ params, searchParams }: Props) {
  const ctx = await requireWorkspace((await params).slug);
  const archivedView = (await searchParams).view === "archived";
  const [active, archived] = await Promise.all([listAgents(ctx), listAgents(ctx, { archived: true })]);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const base = `/w/${ctx.workspace.slug}/agents`;
  const agents = archivedView ? archived : active;
  const newAgent = canEdit ? (
    <Button asChild>
      <Link href={`${base}/new`}>
        <PlusIcon aria-hidden />
        New agent
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title="Agents" description="Your voice agents and what their calls are for: goals, outcomes and insights. Debrief judges every call against them." actions={newAgent}>
        <ArchiveViewSwitch
          label="Agents shown"
          views={[
            { label: "Active", href: base, count: active.length, active: !archivedView },
            { label: "Archived", href: `${base}?view=archived`, count: archived.length, active: archivedView },
          ]}
        />
      </PageHeader>
      {agents.length === 0 ? (
        archivedView ? (
          <EmptyState icon={<ArchiveIcon />} titleAs="h2" title="No archived agents" description="An archived agent keeps its calls and results but no longer matches incoming calls. Archive an agent from its page; restore it here." />
        ) : (
          <EmptyState
            icon={<BotIcon />}
            titleAs="h2"
            title="No agents yet"
            description="An agent stands for one of your voice agents (a Vapi assistant, a Retell agent, a phone line). Give it goals that say what a successful call looks like, and Debrief judges each of its calls against them. Start from a template or from scratch."
            action={newAgent}
          />
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={archivedView ? "Archived agents" : "Agents"}>
          {agents.map((agent) => (
            <AgentCard
              key={agent.id}
              agent={agent}
              href={`${base}/${agent.id}`}
              actions={
                archivedView && canEdit ? (
                  <>
                    <ActionButton action={restoreAgentAction} input={{ workspace: ctx.workspace.slug, agentId: agent.id }} aria-label={`Restore ${agent.name}`}>
                      Restore
                    </ActionButton>
                    <ConfirmActionButton
                      action={deleteAgentAction}
                      input={{ workspace: ctx.workspace.slug, agentId: agent.id }}
                      title={`Delete "${agent.name}" for good?`}
                      description="Its goals, revisions and insight fields are deleted. This cannot be undone."
                      confirmLabel="Delete agent"
                      aria-label={`Delete ${agent.name}`}
                      variant="ghost"
                      className="text-destructive hover:text-destructive"
                    >
                      Delete
                    </ConfirmActionButton>
                  </>
                ) : undefined
              }
            />
          ))}
        </ul>
      )}
    </>
  );
}
