import { CheckCircle2Icon, CircleHelpIcon, ClockIcon, XCircleIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

export type DeliveryStatus = "pending" | "succeeded" | "failed" | "unconfirmed";

export const DELIVERY_STATUS: Record<DeliveryStatus, { label: string; variant: BadgeProps["variant"]; icon: typeof ClockIcon; dot: string }> = {
  pending: { label: "Pending", variant: "outline", icon: ClockIcon, dot: "bg-muted-foreground" },
  succeeded: { label: "Succeeded", variant: "success", icon: CheckCircle2Icon, dot: "bg-success" },
  failed: { label: "Failed", variant: "destructive", icon: XCircleIcon, dot: "bg-destructive" },
  unconfirmed: { label: "Unconfirmed", variant: "warning", icon: CircleHelpIcon, dot: "bg-warning" },
};

const known = (status: string): DeliveryStatus => (status in DELIVERY_STATUS ? (status as DeliveryStatus) : "pending");

export function DeliveryStatusBadge({ status }: { status: string }) {
  const { label, variant, icon: Icon } = DELIVERY_STATUS[known(status)];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}

/** A row of dots for the last few runs, newest first; the text alternative says what they show. */
export function RunDots({ statuses, className }: { statuses: string[]; className?: string }) {
  const counts = statuses.reduce<Record<string, number>>((acc, s) => ({ ...acc, [known(s)]: (acc[known(s)] ?? 0) + 1 }), {});
  const words = Object.entries(counts).map(([s, n]) => `${n} ${DELIVERY_STATUS[s as DeliveryStatus].label.toLowerCase()}`);
  return (
    <span className={cn("inline-flex items-center gap-1", className)} role="img" aria-label={`Last ${statuses.length} deliveries: ${words.join(", ")}`}>
      {statuses.map((s, i) => (
        <span key={i} className={cn("size-2.5 rounded-full", DELIVERY_STATUS[known(s)].dot)} />
      ))}
    </span>
  );
}
