import { CheckCircle2Icon, CircleDashedIcon, CircleIcon, XCircleIcon } from "lucide-react";
import { DateTime } from "@/components/time-zone";
import type { ConversationDetail } from "@/lib/conversations/get-conversation";
import { cn } from "@/lib/utils";
import { humanize } from "./format";

type Event = ConversationDetail["timeline"][number];

const ICONS: Record<string, typeof CircleIcon> = { evaluated: CheckCircle2Icon, failed: XCircleIcon };

/** What happened to the call, in order; the next step shows as pending until it happens. */
export function Timeline({ events, status }: { events: Event[]; status: ConversationDetail["status"] }) {
  const pending = status === "received" ? "Waiting for evaluation" : status === "evaluating" ? "Evaluating" : null;
  return (
    <ol className="grid gap-0" aria-label="Status timeline">
      {events.map((event, i) => {
        const Icon = ICONS[event.type] ?? CircleIcon;
        const detail = describe(event);
        return (
          <li key={i} className="relative grid grid-cols-[1.25rem_1fr] gap-x-3 pb-4 last:pb-0">
            {i < events.length - 1 || pending ? <span aria-hidden className="absolute top-5 bottom-0 left-[0.6rem] w-px bg-border" /> : null}
            <Icon aria-hidden className={cn("mt-0.5 size-4", event.type === "failed" ? "text-destructive" : event.type === "evaluated" ? "text-success" : "text-primary")} />
            <div className="grid gap-0.5">
              <span className="text-sm font-medium">{humanize(event.type)}</span>
              <DateTime className="text-xs text-muted-foreground" value={event.at} />
              {detail ? <span className="text-xs text-muted-foreground">{detail}</span> : null}
            </div>
          </li>
        );
      })}
      {pending ? (
        <li className="grid grid-cols-[1.25rem_1fr] gap-x-3">
          <CircleDashedIcon aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
          <span className="text-sm text-muted-foreground">{pending}</span>
        </li>
      ) : null}
    </ol>
  );
}

function describe(event: Event): string | null {
  const d = event.detail ?? {};
  if (typeof d.source === "string") return `via ${d.source === "api" ? "the API" : d.source === "import" ? "import" : d.source}`;
  if (typeof d.error === "string") return d.error;
  // A person's review: which verdict changed, to what, and who did it.
  if (typeof d.by === "string" && typeof d.goalKey === "string") return `${d.goalKey}: ${String(d.status ?? "").replace(/_/g, " ")}, by ${d.by}`;
  if (typeof d.by === "string" && typeof d.outcome === "string") return `${d.outcome}, by ${d.by}`;
  if (typeof d.message === "string") return d.message;
  return null;
}
