import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveIcon, PlusIcon, TargetIcon } from "lucide-react";
import { ArchiveViewSwitch } from "@/components/agents/archive-view-switch";
import { GoalsSkeleton } from "@/components/agents/list-skeleton";
import { ArchivedGoalList } from "@/components/goals/archived-goal-list";
import { GoalList } from "@/components/goals/goal-list";
import { GoalTips } from "@/components/goals/goal-tips";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { listGoals } from "@/lib/goals/list-goals";
import { goalTips, vagueDescriptionReason } from "@/lib/goals/tips";
import { loadAgent } from "../load-agent";
import { archiveGoalAction, deleteGoalAction, makePrimaryAction, reorderGoalsAction, restoreGoalAction } from "./actions";

type Props = { params: Promise<{ slug: string; agentId: string }>; searchParams: Promise<{ view?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agentId } = await params;
  return { title: `Goals · ${(await loadAgent(slug, agentId)).agent.name}` };
}

/* A Suspense boundary rather than a loading.tsx, which would also wrap goals/[goalKey] and turn its 404 into a 200. */
export default function GoalsPage(props: Props) {
  return (
    <Suspense fallback={<GoalsSkeleton />}>
      <Goals {...props} />
    </Suspense>
  );
}

async function Goals({ params, searchParams }: Props) {
  const { slug, agentId } = await params;
  const { ctx, agent, base } = await loadAgent(slug, agentId);
  const archivedView = (await searchParams).view === "archived";
  const [active, archived] = await Promise.all([listGoals(ctx, agent.id), listGoals(ctx, agent.id, { archived: true })]);
  const canEdit = can(ctx.actor.role, "definitions.write");
  const tips = goalTips(active);
  const input = { workspace: ctx.workspace.slug, agentId: agent.id };
  const newGoal = canEdit ? (
    <Button asChild>
      <Link href={`${base}/goals/new`}>
        <PlusIcon aria-hidden />
        New goal
      </Link>
    </Button>
  ) : null;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ArchiveViewSwitch
          label="Goals shown"
          views={[
            { label: "Active", href: `${base}/goals`, count: active.length, active: !archivedView },
            { label: "Archived", href: `${base}/goals?view=archived`, count: archived.length, active: archivedView },
          ]}
        />
        {!archivedView && active.length > 0 ? newGoal : null}
      </div>
      {archivedView ? (
        archived.length === 0 ? (
          <EmptyState icon={<ArchiveIcon />} titleAs="h2" title="No archived goals" description="An archived goal is no longer judged on new calls; past results keep it, and so does its revision history. Archive a goal from its menu; restore it here." />
        ) : (
          <ArchivedGoalList goals={archived} base={base} input={input} canEdit={canEdit} hasPrimary={active.some((g) => g.kind === "primary")} actions={{ restore: restoreGoalAction, remove: deleteGoalAction }} />
        )
      ) : active.length === 0 ? (
        <EmptyState
          icon={<TargetIcon />}
          titleAs="h2"
          title="No goals yet"
          description="Goals say what a successful call looks like. Mark the one that defines success as primary (the success rate is measured on it); secondary goals are the objectives along the way, in call-flow order. Debrief judges every call against each."
          action={newGoal}
        />
      ) : (
        <>
          <h2 className="sr-only">Active goals</h2>
          <GoalTips tips={tips} />
          <GoalList
            slug={ctx.workspace.slug}
            agentId={agent.id}
            base={base}
            canEdit={canEdit}
            actions={{ reorder: reorderGoalsAction, makePrimary: makePrimaryAction, archive: archiveGoalAction, restore: restoreGoalAction }}
            goals={active.map((g) => ({
              id: g.id,
              key: g.key,
              title: g.title,
              description: g.description,
              kind: g.kind,
              confirmationMode: g.confirmationMode,
              variableCount: g.outputVariables.length,
              next: [...g.nextRequired, ...Object.keys(g.nextConditional).map((k) => `${k} (if…)`)],
              tip: vagueDescriptionReason(g.description) && `The description ${vagueDescriptionReason(g.description)}.`,
            }))}
          />
          {canEdit ? <p className="text-xs text-muted-foreground">Drag a goal by its handle, or focus the handle and use Space and the arrow keys, to change the call-flow order.</p> : null}
        </>
      )}
    </div>
  );
}
