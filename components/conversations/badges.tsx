import { Loader2Icon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { ConversationSummary } from "@/lib/conversations/present-conversation";

type Status = ConversationSummary["status"];

const STATUS: Record<Status, { label: string; variant: BadgeProps["variant"] }> = {
  received: { label: "Received", variant: "secondary" },
  evaluating: { label: "Evaluating", variant: "outline" },
  evaluated: { label: "Evaluated", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
};

export function StatusBadge({ status }: { status: Status }) {
  const { label, variant } = STATUS[status];
  return (
    <Badge variant={variant}>
      {status === "evaluating" ? <Loader2Icon className="animate-spin motion-reduce:animate-none" aria-hidden /> : null}
      {label}
    </Badge>
  );
}

/** The outcome with its colour as a dot (the text carries the meaning); "—" until the call is evaluated. */
export function OutcomeBadge({ outcome }: { outcome: ConversationSummary["outcome"] }) {
  if (!outcome) {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden>—</span>
        <span className="sr-only">Not evaluated</span>
      </span>
    );
  }
  return (
    <Badge variant="outline">
      <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: outcome.color }} />
      {outcome.name}
    </Badge>
  );
}
