import Link from "next/link";
import { ArchiveIcon, ChevronLeftIcon } from "lucide-react";
import { ActionButton } from "@/components/agents/action-button";
import { AgentNav } from "@/components/agents/agent-nav";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { listGoals } from "@/lib/goals/list-goals";
import { archiveAgentAction, restoreAgentAction } from "../actions";
import { loadAgent } from "./load-agent";

export default async function AgentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string; agentId: string }> }) {
  const { slug, agentId } = await params;
  const { ctx, agent, base } = await loadAgent(slug, agentId);
  const goals = await listGoals(ctx, agent.id);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const input = { workspace: ctx.workspace.slug, agentId: agent.id };
  return (
    <>
      <Link href={`/w/${ctx.workspace.slug}/agents`} className="mb-2 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon className="size-4" aria-hidden />
        Agents
      </Link>
      <PageHeader
        title={<span className="break-words">{agent.name}</span>}
        description={agent.purpose || "No purpose written yet."}
        actions={
          canEdit && !agent.archived ? (
            <ConfirmActionButton
              action={archiveAgentAction}
              input={input}
              title={`Archive "${agent.name}"?`}
              description="Its calls and results stay, but calls to its phone numbers no longer match it. You can restore it at any time."
              confirmLabel="Archive agent"
            >
              <ArchiveIcon aria-hidden />
              Archive agent
            </ConfirmActionButton>
          ) : null
        }
      >
        {agent.archived ? (
          <Alert variant="warning">
            <ArchiveIcon aria-hidden />
            <AlertTitle>This agent is archived</AlertTitle>
            <AlertDescription>
              <p>Its calls and results are kept, but it no longer matches incoming calls.</p>
              {canEdit ? (
                <ActionButton action={restoreAgentAction} input={input} className="mt-1">
                  Restore agent
                </ActionButton>
              ) : null}
            </AlertDescription>
          </Alert>
        ) : null}
        <AgentNav base={base} goalCount={goals.length} />
      </PageHeader>
      {children}
    </>
  );
}
