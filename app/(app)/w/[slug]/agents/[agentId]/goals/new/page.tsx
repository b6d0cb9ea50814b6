import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeftIcon } from "lucide-react";
import { GoalEditor } from "@/components/goals/goal-editor";
import { emptyDraft } from "@/components/goals/goal-draft";
import { GoalWritingTips } from "@/components/goals/goal-writing-tips";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { listGoals } from "@/lib/goals/list-goals";
import { loadAgent } from "../../load-agent";
import { createGoalAction } from "../actions";

export const metadata: Metadata = { title: "New goal" };

export default async function NewGoalPage({ params }: { params: Promise<{ slug: string; agentId: string }> }) {
  const { slug, agentId } = await params;
  const { ctx, agent, base } = await loadAgent(slug, agentId);
  const [active, archived] = await Promise.all([listGoals(ctx, agent.id), listGoals(ctx, agent.id, { archived: true })]);
  return (
    <div className="grid gap-4">
      <Link href={`${base}/goals`} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeftIcon className="size-4" aria-hidden />
        All goals
      </Link>
      <h2 className="text-xl font-semibold">New goal</h2>
      {can(ctx.actor.role, "definitions.write") ? (
        <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <GoalEditor
            slug={ctx.workspace.slug}
            agentId={agent.id}
            base={base}
            initial={{ ...emptyDraft(), kind: active.some((g) => g.kind === "primary") ? "secondary" : "primary" }}
            context={{
              others: active.map((g) => ({ key: g.key, title: g.title, kind: g.kind, nextRequired: g.nextRequired, nextConditional: g.nextConditional })),
              archivedKeys: archived.map((g) => g.key),
              originalKey: null,
              archived: false,
            }}
            currentPrimary={active.find((g) => g.kind === "primary")?.title ?? null}
            readOnly={false}
            action={createGoalAction}
          />
          <GoalWritingTips />
        </div>
      ) : (
        <Alert>
          <AlertDescription>Your role ({ctx.actor.role}) can look at goals but not create them.</AlertDescription>
        </Alert>
      )}
    </div>
  );
}
