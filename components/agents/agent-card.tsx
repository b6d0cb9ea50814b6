import Link from "next/link";
import { PhoneIcon, TargetIcon } from "lucide-react";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";

export interface AgentSummary {
  id: string;
  name: string;
  purpose: string;
  phoneNumbers: string[];
  archivedAt: Date | null;
  createdAt: Date;
  goalCount: number;
  hasPrimary: boolean;
}

/** One agent in the list; the whole card is its link, `actions` (restore, delete) sit above it. */
export function AgentCard({ agent, href, actions }: { agent: AgentSummary; href: string; actions?: React.ReactNode }) {
  return (
    <li className="relative flex min-w-0 flex-col gap-3 rounded-xl border bg-card p-5 shadow-xs transition-colors has-[a:hover]:bg-accent/40 has-[a:focus-visible]:ring-[3px] has-[a:focus-visible]:ring-ring/50">
      <div className="flex items-start justify-between gap-3">
        <h2 className="min-w-0 text-base font-semibold">
          <Link href={href} className="outline-none after:absolute after:inset-0 after:rounded-xl after:content-['']">
            <span className="line-clamp-1 break-all">{agent.name}</span>
          </Link>
        </h2>
        <StatusBadge agent={agent} />
      </div>
      <p className="line-clamp-2 min-h-10 text-sm text-muted-foreground">{agent.purpose || "No purpose written yet."}</p>
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <TargetIcon className="size-3.5" aria-hidden />
          {agent.goalCount === 1 ? "1 goal" : `${agent.goalCount} goals`}
        </span>
        <span className="inline-flex items-center gap-1">
          <PhoneIcon className="size-3.5" aria-hidden />
          {agent.phoneNumbers.length === 0 ? "No numbers" : agent.phoneNumbers.length === 1 ? agent.phoneNumbers[0] : `${agent.phoneNumbers[0]} +${agent.phoneNumbers.length - 1}`}
        </span>
        <span>
          {agent.archivedAt ? "Archived " : "Created "}
          <DateTime value={agent.archivedAt ?? agent.createdAt} dateOnly />
        </span>
      </div>
      {actions ? <div className="relative z-10 flex flex-wrap gap-2">{actions}</div> : null}
    </li>
  );
}

function StatusBadge({ agent }: { agent: AgentSummary }) {
  if (agent.archivedAt) return <Badge variant="secondary">Archived</Badge>;
  if (agent.goalCount === 0) return <Badge variant="outline">No goals yet</Badge>;
  if (!agent.hasPrimary) return <Badge variant="warning">No primary goal</Badge>;
  return null;
}
