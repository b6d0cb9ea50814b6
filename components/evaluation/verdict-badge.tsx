import { CheckCircle2Icon, CircleDashedIcon, CircleSlashIcon, HourglassIcon, XCircleIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { STATUS_LABEL, type VerdictStatus } from "./verdict-status";

const STYLE: Record<VerdictStatus, { variant: BadgeProps["variant"]; Icon: typeof CheckCircle2Icon }> = {
  achieved: { variant: "success", Icon: CheckCircle2Icon },
  partially_achieved: { variant: "warning", Icon: CircleDashedIcon },
  not_achieved: { variant: "destructive", Icon: XCircleIcon },
  pending_confirmation: { variant: "outline", Icon: HourglassIcon },
};

/** A goal verdict: colour and icon for scanning, the word for meaning. */
export function VerdictBadge({ status, className }: { status: string; className?: string }) {
  const style = STYLE[status as VerdictStatus];
  if (!style) return <Badge variant="secondary">{status}</Badge>;
  const { variant, Icon } = style;
  return (
    <Badge variant={variant} className={cn("gap-1", className)}>
      <Icon aria-hidden />
      {STATUS_LABEL[status as VerdictStatus]}
    </Badge>
  );
}

export function NotReachedBadge() {
  return (
    <Badge variant="secondary">
      <CircleSlashIcon aria-hidden />
      Not reached
    </Badge>
  );
}
