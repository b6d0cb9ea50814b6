import { DateTime } from "@/components/time-zone";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { type EffectView } from "./effects";

const STATUS: Record<string, { label: string; variant: BadgeProps["variant"] }> = {
  succeeded: { label: "Done", variant: "success" },
  pending: { label: "Pending", variant: "secondary" },
  failed: { label: "Failed", variant: "destructive" },
  unconfirmed: { label: "Unconfirmed", variant: "warning" },
};

/** The actions automations ran for this call, with their status; errors as text. */
export function EffectsList({ effects, empty = "No automation has acted on this call." }: { effects: readonly EffectView[]; empty?: string }) {
  if (effects.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul className="grid gap-3 text-sm" aria-label="Actions that ran">
      {effects.map((e) => {
        const status = STATUS[e.status] ?? { label: e.status, variant: "outline" as const };
        return (
          <li key={e.id} data-testid="effect" className="grid gap-0.5">
            <div className="flex items-center justify-between gap-2">
              <span className="min-w-0 font-medium break-words">{e.label}</span>
              <Badge variant={status.variant}>{status.label}</Badge>
            </div>
            <span className="text-xs text-muted-foreground">
              {e.automation ? `${e.automation} · ` : ""}
              {e.attempts} {e.attempts === 1 ? "attempt" : "attempts"} · <DateTime value={e.createdAt} />
            </span>
            {e.lastError ? <span className="text-xs break-words text-destructive">{e.lastError}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
