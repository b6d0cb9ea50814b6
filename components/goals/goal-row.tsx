"use client";

import Link from "next/link";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDownIcon, ArrowUpIcon, GripVerticalIcon, LightbulbIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { GoalKindBadge } from "./goal-kind-badge";
import type { GoalListActions, GoalListItem } from "./goal-list-types";
import { GoalRowMenu } from "./goal-row-menu";

interface GoalRowProps {
  goal: GoalListItem;
  index: number;
  count: number;
  href: string;
  canEdit: boolean;
  onMove: (delta: -1 | 1) => void;
  actionInput: Record<string, unknown>;
  actions: GoalListActions;
}

export function GoalRow({ goal, index, count, href, canEdit, onMove, actionInput, actions }: GoalRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: goal.key, disabled: !canEdit });
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="goal-row"
      data-key={goal.key}
      className={cn("relative flex items-start gap-2 rounded-xl border bg-card p-3 shadow-xs sm:gap-3 sm:p-4", isDragging && "z-10 shadow-lg ring-2 ring-primary/40")}
    >
      {canEdit ? (
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="-ml-1 flex h-8 w-6 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 active:cursor-grabbing"
          {...attributes}
          {...listeners}
          aria-label={`Reorder ${goal.title}`}
        >
          <GripVerticalIcon className="size-4" aria-hidden />
        </button>
      ) : null}
      <span className="mt-1.5 w-5 shrink-0 text-right text-sm text-muted-foreground tabular-nums" aria-hidden>
        {index + 1}.
      </span>
      <div className="grid min-w-0 flex-1 gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={href} className="font-medium break-words underline-offset-4 outline-none hover:underline focus-visible:underline">
            {goal.title}
          </Link>
          <GoalKindBadge kind={goal.kind} />
          {goal.confirmationMode === "manual" ? <Badge variant="secondary">Manual review</Badge> : null}
        </div>
        <p className="line-clamp-2 text-sm text-muted-foreground">{goal.description}</p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <code className="font-mono">{goal.key}</code>
          {goal.variableCount > 0 ? <span>{goal.variableCount === 1 ? "1 variable" : `${goal.variableCount} variables`}</span> : null}
          {goal.next.length > 0 ? <span>Then: {goal.next.join(", ")}</span> : null}
        </div>
        {goal.tip ? (
          <p className="flex items-start gap-1.5 text-xs text-warning">
            <LightbulbIcon className="mt-px size-3.5 shrink-0" aria-hidden />
            <span>{goal.tip}</span>
          </p>
        ) : null}
      </div>
      {canEdit ? (
        <div className="flex shrink-0 flex-col items-center gap-1 sm:flex-row">
          <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move ${goal.title} up`} aria-disabled={first || undefined} onClick={() => !first && onMove(-1)}>
            <ArrowUpIcon aria-hidden />
          </Button>
          <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move ${goal.title} down`} aria-disabled={last || undefined} onClick={() => !last && onMove(1)}>
            <ArrowDownIcon aria-hidden />
          </Button>
          <GoalRowMenu goal={goal} href={href} input={actionInput} actions={actions} />
        </div>
      ) : null}
    </li>
  );
}
