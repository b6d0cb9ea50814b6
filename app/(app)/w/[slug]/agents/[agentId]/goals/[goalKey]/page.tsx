import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveIcon, ChevronLeftIcon } from "lucide-react";
import { ActionButton } from "@/components/agents/action-button";
import { GoalEditor } from "@/components/goals/goal-editor";
import { GoalKindBadge } from "@/components/goals/goal-kind-badge";
import { draftFromGoal } from "@/components/goals/goal-draft";
import { RevisionList } from "@/components/goals/revision-list";
import { revisionHistory } from "@/components/goals/revision-diff";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { getGoal, listGoalRevisions, listGoals } from "@/lib/goals/list-goals";
import { listMembers } from "@/lib/members/list-members";
import { loadAgent, orNotFound } from "../../load-agent";
import { archiveGoalAction, restoreGoalAction, updateGoalAction } from "../actions";

type Props = { params: Promise<{ slug: string; agentId: string; goalKey: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId, goalKey } = await params;
  const { ctx, agent } = await loadAgent(slug, agentId);
  const goal = await orNotFound(getGoal(ctx, agent.id, goalKey));
  return { title: `${goal.title} · ${agent.name}` };
}

export default async function GoalPage({ params }: Props) {
  const { slug, agentId, goalKey } = await params;
  const { ctx, agent, base } = await loadAgent(slug, agentId);
  const goal = await orNotFound(getGoal(ctx, agent.id, goalKey));
  const [active, archived, revisions, members] = await Promise.all([listGoals(ctx, agent.id), listGoals(ctx, agent.id, { archived: true }), listGoalRevisions(ctx, agent.id, goal.id), listMembers(ctx)]);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const others = active.filter((g) => g.id !== goal.id);
  const input = { workspace: ctx.workspace.slug, agentId: agent.id, goalKey: goal.key };
  const authorOf = (userId: string | null) => {
    const member = members.find((m) => m.userId === userId);
    return member ? (member.name ?? member.email) : userId ? "A former member" : "API or system";
  };

  return (
    <div className="grid gap-4">
      <Link href={`${base}/goals`} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon className="size-4" aria-hidden />
        All goals
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <h2 className="text-xl font-semibold break-words">{goal.title}</h2>
          <GoalKindBadge kind={goal.kind} />
          <a href="#revisions" className="text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
            Revision {goal.revision}
          </a>
        </div>
        {canEdit && !goal.archived ? (
          <ActionButton action={archiveGoalAction} input={input}>
            <ArchiveIcon aria-hidden />
            Archive goal
          </ActionButton>
        ) : null}
      </div>
      {goal.archived ? (
        <Alert variant="warning">
          <ArchiveIcon aria-hidden />
          <AlertTitle>This goal is archived</AlertTitle>
          <AlertDescription>
            <p>New calls are not judged against it; past results keep it.</p>
            {canEdit ? (
              <ActionButton action={restoreGoalAction} input={{ ...input, wasPrimary: goal.kind === "primary" }} className="mt-1">
                Restore goal
              </ActionButton>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <GoalEditor
          key={`${goal.key}:${goal.revision}`}
          slug={ctx.workspace.slug}
          agentId={agent.id}
          base={base}
          initial={draftFromGoal(goal)}
          context={{
            others: others.map((g) => ({ key: g.key, title: g.title, kind: g.kind, nextRequired: g.nextRequired, nextConditional: g.nextConditional })),
            archivedKeys: archived.filter((g) => g.id !== goal.id).map((g) => g.key),
            originalKey: goal.key,
            archived: goal.archived,
          }}
          currentPrimary={others.find((g) => g.kind === "primary")?.title ?? null}
          readOnly={!canEdit}
          action={updateGoalAction}
        />
        <RevisionList revisions={revisionHistory(revisions)} authorOf={authorOf} />
      </div>
    </div>
  );
}
