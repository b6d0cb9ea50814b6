"use client";

import { useId } from "react";
import { GitBranchIcon, QuoteIcon, StarIcon, UserRoundCheckIcon } from "lucide-react";
import { DateTime } from "@/components/time-zone";
import { cn } from "@/lib/utils";
import { useEvidence } from "./evidence-context";
import type { ReviewControls, VerdictView } from "./types";
import { VariablesTable } from "./variables-table";
import { NotReachedBadge, VerdictBadge } from "./verdict-badge";
import { ConfirmObjective, OverrideGoalDialog } from "./verdict-review";
import { percent, statusLabel } from "./verdict-status";

/** Goal verdicts in call-flow order; pressing one highlights its evidence in the transcript. */
export function VerdictList({ verdicts, review, titles }: { verdicts: VerdictView[]; review?: ReviewControls; titles?: Record<string, string> }) {
  if (verdicts.length === 0) return <p className="text-sm text-muted-foreground">This agent had no goals when the call was judged.</p>;
  return (
    <ol className="grid gap-3" aria-label="Goal verdicts">
      {verdicts.map((verdict) => (
        <VerdictItem key={verdict.key} verdict={verdict} review={review} titles={titles} />
      ))}
    </ol>
  );
}

function VerdictItem({ verdict: v, review, titles }: { verdict: VerdictView; review?: ReviewControls; titles?: Record<string, string> }) {
  const { selected, toggle } = useEvidence();
  const active = selected?.key === v.key;
  const quotes = v.evidence.length;
  const pending = v.status === "pending_confirmation" && !v.human;
  const id = useId();
  return (
    <li data-testid="verdict" data-key={v.key} className={cn("grid gap-3 rounded-lg border p-3 transition-colors", active && "border-primary/60 bg-primary/5")}>
      <button
        type="button"
        aria-pressed={active}
        aria-label={`${v.title}: ${statusLabel(v.effectiveStatus)}`}
        aria-describedby={`${id}-why`}
        onClick={() => toggle(v.key, v.evidence)}
        className="-m-1 grid gap-1.5 rounded-md p-1 text-left outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <VerdictBadge status={v.effectiveStatus} />
          {/* On a phone the title takes its own line under the badge; from sm up it sits between badge and confidence. */}
          <span className="order-last min-w-0 basis-full font-medium break-words sm:order-none sm:flex-1 sm:basis-0">
            {v.title}
            {v.kind === "primary" ? <StarIcon aria-label="Primary goal" className="ml-1.5 inline size-3.5 -translate-y-px fill-current text-primary" /> : null}
          </span>
          <span aria-hidden className="ml-auto text-xs text-muted-foreground tabular-nums sm:ml-0">
            {percent(v.confidence)} confident
          </span>
        </span>
        <span id={`${id}-why`} className="text-sm text-muted-foreground">
          {v.rationale}
          <span className="sr-only">
            {" "}
            ({percent(v.confidence)} confident{quotes ? "; press to highlight the evidence in the transcript" : ""})
          </span>
        </span>
      </button>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
        {!v.reached ? <NotReachedBadge /> : null}
        {v.branch ? (
          <span className="inline-flex items-center gap-1">
            <GitBranchIcon aria-hidden className="size-3.5" />
            Branch taken: <span className="font-medium text-foreground">{titles?.[v.branch] ?? v.branch}</span>
          </span>
        ) : null}
        <span className="inline-flex items-center gap-1">
          <QuoteIcon aria-hidden className="size-3.5" />
          {quotes === 0 ? "No evidence quoted" : active ? `${quotes} ${quotes === 1 ? "quote" : "quotes"} highlighted` : `${quotes} ${quotes === 1 ? "quote" : "quotes"}: press the verdict to see`}
        </span>
        {v.revision != null ? <span>Judged against revision {v.revision}</span> : null}
      </div>

      {v.human ? <HumanVerdict verdict={v} /> : null}
      <VariablesTable variables={v.variables} label={`Output variables of ${v.title}`} />

      {review ? (
        <div className="flex flex-wrap items-end gap-2">
          {pending ? <ConfirmObjective verdict={v} review={review} /> : null}
          <OverrideGoalDialog verdict={v} review={review} />
        </div>
      ) : null}
    </li>
  );
}

function HumanVerdict({ verdict: v }: { verdict: VerdictView }) {
  const h = v.human!;
  const what = h.kind === "confirmation" ? (h.status === "achieved" ? "Confirmed" : "Rejected") : "Overridden";
  return (
    <div className="grid gap-2 rounded-md border border-dashed bg-muted/40 p-2.5 text-sm">
      <p data-testid="human-verdict" className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <UserRoundCheckIcon aria-hidden className="size-4 text-muted-foreground" />
        <span>
          {what} by <span className="font-medium">{h.by}</span>
        </span>
        {h.status ? <VerdictBadge status={h.status} /> : null}
        <DateTime className="text-xs text-muted-foreground" value={h.at} />
      </p>
      {h.note ? <p className="border-l-2 pl-2 break-words whitespace-pre-wrap text-muted-foreground">{h.note}</p> : null}
      <p data-testid="machine-verdict" className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
        Machine&apos;s verdict: <VerdictBadge status={v.status} /> <span className="tabular-nums">{percent(v.confidence)} confident</span>
      </p>
    </div>
  );
}
