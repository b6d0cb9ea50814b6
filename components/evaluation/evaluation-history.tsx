import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import type { CurrentResults } from "@/lib/evaluation/get-results";
import { formatUsd } from "./verdict-status";

const TRIGGER: Record<string, string> = { ingest: "On arrival", reevaluate: "Re-evaluated", backfill: "Backfill" };

/** Every judgement of this call, newest first; the current one counts, older ones stay for the record. */
export function EvaluationHistory({ history }: { history: CurrentResults["history"] }) {
  return (
    <ol className="grid gap-3 text-sm" aria-label="Evaluation history">
      {history.map((h) => (
        <li key={h.id} data-testid="history-entry" className="grid gap-0.5">
          <div className="flex items-center justify-between gap-2">
            <span className="font-medium">{TRIGGER[h.trigger] ?? h.trigger}</span>
            {h.isCurrent ? <Badge variant="secondary">Current</Badge> : null}
          </div>
          <span className="text-xs text-muted-foreground">
            <DateTime value={h.createdAt} />
          </span>
          <span className="text-xs text-muted-foreground">
            {h.outcomeName} · {h.model ?? h.engine} · {formatUsd(h.costUsd)}
          </span>
        </li>
      ))}
    </ol>
  );
}
