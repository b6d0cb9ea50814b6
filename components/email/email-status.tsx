import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { EmailStatus } from "@/db/schema";

const STATUS: Record<EmailStatus, { label: string; variant: BadgeProps["variant"] }> = {
  stored: { label: "In outbox", variant: "secondary" },
  sending: { label: "Sending", variant: "warning" },
  sent: { label: "Sent", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { label, variant } = STATUS[status] ?? { label: status, variant: "outline" };
  return <Badge variant={variant}>{label}</Badge>;
}
