import { UserRoundCheckIcon } from "lucide-react";
import { EffectsList } from "@/components/conversations/effects-list";
import { doneBefore, type EffectView } from "@/components/conversations/effects";
import { OutcomeSwatch } from "@/components/outcomes/outcome-swatch";
import type { ServerAction } from "@/components/forms/use-server-action";
import { DateTime } from "@/components/time-zone";
import type { CurrentResults } from "@/lib/evaluation/get-results";
import { ChangeOutcomeDialog } from "./change-outcome-dialog";
import { EvidenceToggle } from "./evidence-toggle";
import { percent } from "./verdict-status";

interface Props {
  outcome: CurrentResults["outcome"];
  outcomes: { id: string; name: string; color: string }[];
  effects: EffectView[];
  review?: { slug: string; conversationId: string; action: ServerAction };
}

/** The outcome that counts, the machine's reasoning, and a person's change beside it. */
export function OutcomeSummary({ outcome, outcomes, effects, review }: Props) {
  const { machine, override } = outcome;
  const color = (id: string | null) => outcomes.find((o) => o.id === id)?.color ?? "#64748b";
  const shown = override ? { id: override.outcomeId, name: override.name ?? "Removed outcome" } : { id: machine.id, name: machine.name };
  return (
    <div className="grid gap-3" data-testid="outcome">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <OutcomeSwatch color={color(shown.id)} />
          {shown.name}
        </p>
        {review ? <ChangeOutcomeDialog slug={review.slug} conversationId={review.conversationId} outcomes={outcomes} currentId={shown.id} done={doneBefore(effects)} action={review.action} /> : null}
      </div>
      {override ? (
        <div className="grid gap-2 rounded-md border border-dashed bg-muted/40 p-2.5 text-sm">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <UserRoundCheckIcon aria-hidden className="size-4 text-muted-foreground" />
            <span>
              Changed by <span className="font-medium">{override.by}</span>
            </span>
            <DateTime className="text-xs text-muted-foreground" value={override.at} />
          </p>
          {override.note ? <p className="border-l-2 pl-2 break-words whitespace-pre-wrap text-muted-foreground">{override.note}</p> : null}
          <p className="text-xs text-muted-foreground">
            Machine&apos;s outcome: <span className="font-medium text-foreground">{machine.name}</span> ({percent(machine.confidence)} confident). {machine.rationale}
          </p>
          <details className="text-xs text-muted-foreground">
            <summary className="cursor-pointer">Done before the change (not repeated)</summary>
            <div className="pt-2">
              <EffectsList effects={doneBefore(effects, override.at)} empty="Nothing had run yet." />
            </div>
          </details>
        </div>
      ) : null}
      {override ? null : (
        <p className="text-sm text-muted-foreground">
          {machine.rationale} <span className="tabular-nums">({percent(machine.confidence)} confident)</span>
        </p>
      )}
      <EvidenceToggle id="outcome" evidence={machine.evidence} label={override ? "Show the machine's evidence" : "Show the outcome's evidence"} />
    </div>
  );
}
