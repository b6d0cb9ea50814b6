import Link from "next/link";
import { ActionButton } from "@/components/agents/action-button";
import type { ServerAction } from "@/components/forms/use-server-action";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { DateTime } from "@/components/time-zone";

type ConfirmAction = React.ComponentProps<typeof ConfirmActionButton>["action"];
import { GoalKindBadge } from "./goal-kind-badge";
import { goalHref } from "./goal-href";

interface ArchivedGoal {
  id: string;
  key: string;
  title: string;
  description: string;
  kind: "primary" | "secondary";
  updatedAt: Date;
}

/** Archived goals: no longer judged, kept with their history; restore or delete each. */
export function ArchivedGoalList({ goals, base, input, canEdit, hasPrimary, actions }: { goals: ArchivedGoal[]; base: string; input: Record<string, unknown>; canEdit: boolean; hasPrimary: boolean; actions: { restore: ServerAction; remove: ConfirmAction } }) {
  return (
    <ul className="grid gap-2" aria-label="Archived goals">
      {goals.map((goal) => (
        <li key={goal.key} className="flex flex-col gap-3 rounded-xl border border-dashed bg-card p-4 sm:flex-row sm:items-start">
          <div className="grid min-w-0 flex-1 gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={goalHref(base, goal)} className="font-medium underline-offset-4 hover:underline">
                {goal.title}
              </Link>
              <GoalKindBadge kind={goal.kind} />
            </div>
            <p className="line-clamp-2 text-sm text-muted-foreground">{goal.description}</p>
            <p className="text-xs text-muted-foreground">
              <code className="font-mono">{goal.key}</code> · archived <DateTime value={goal.updatedAt} dateOnly />
              {goal.kind === "primary" && hasPrimary ? " · comes back as secondary: another goal is primary now" : ""}
            </p>
          </div>
          {canEdit ? (
            <div className="flex shrink-0 gap-2">
              <ActionButton action={actions.restore} input={{ ...input, goalKey: goal.key }} aria-label={`Restore ${goal.title}`}>
                Restore
              </ActionButton>
              <ConfirmActionButton
                action={actions.remove}
                input={{ ...input, goalKey: goal.key }}
                title={`Delete "${goal.title}" for good?`}
                description="The goal and all its revisions are deleted. Results of past calls that judged it keep their verdicts. This cannot be undone."
                confirmLabel="Delete goal"
                aria-label={`Delete ${goal.title}`}
                variant="ghost"
                className="text-destructive hover:text-destructive"
              >
                Delete
              </ConfirmActionButton>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
