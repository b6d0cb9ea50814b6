"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ArrowDownLeftIcon, ArrowUpRightIcon } from "lucide-react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConversationSummary } from "@/lib/conversations/present-conversation";
import { OutcomeBadge, StatusBadge } from "./badges";

/** A row as the table shows it, formatted on the server (times in the workspace's zone). */
export interface ConversationRow {
  id: string;
  href: string;
  when: string;
  agentName: string;
  contactName: string;
  contactDetail: string | null;
  direction: string;
  duration: string;
  endReason: string;
  status: ConversationSummary["status"];
  outcome: ConversationSummary["outcome"];
}

/**
 * Each row is a link (its first cell); Tab enters the table once, ↑/↓ (and Home/End) move
 * between rows, Enter opens one. A click anywhere on a row opens it too.
 */
export function ConversationTable({ rows, caption }: { rows: ConversationRow[]; caption: string }) {
  const router = useRouter();
  const [focused, setActive] = useState(0);
  // The rows change with the filters and pages while this component stays; keep one row tabbable.
  const active = Math.min(focused, rows.length - 1);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    links.current[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const keys: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (!(event.key in keys)) return;
    event.preventDefault();
    move(keys[event.key]);
  };

  return (
    <Table aria-describedby="conversation-table-keys">
      <caption className="sr-only">
        {caption}
        <span id="conversation-table-keys"> Use the up and down arrow keys to move between conversations and Enter to open one.</span>
      </caption>
      <TableHeader className="max-sm:sr-only">
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead className="hidden lg:table-cell">Agent</TableHead>
          <TableHead>Contact</TableHead>
          <TableHead className="hidden md:table-cell">Direction</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Duration</TableHead>
          <TableHead className="hidden xl:table-cell">End reason</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Outcome</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow
            key={row.id}
            data-testid="conversation-row"
            // Below sm each row becomes a two-line card: when and contact on the left, status and outcome on the right.
            className="cursor-pointer focus-within:bg-muted/60 max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-1 max-sm:py-2.5 max-sm:[&>td]:p-0"
            onClick={(event) => {
              if ((event.target as HTMLElement).closest("a")) return;
              router.push(row.href);
            }}
          >
            <TableCell className="font-medium max-sm:col-start-1 max-sm:row-start-1">
              <Link
                ref={(el) => {
                  links.current[index] = el;
                }}
                href={row.href}
                tabIndex={index === active ? 0 : -1}
                onFocus={() => setActive(index)}
                onKeyDown={(event) => onKeyDown(event, index)}
                className="rounded-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                aria-label={`${row.when}, ${row.contactName}, ${row.agentName}`}
              >
                {row.when}
              </Link>
            </TableCell>
            <TableCell className="hidden max-w-48 truncate lg:table-cell">{row.agentName}</TableCell>
            <TableCell className="max-w-56 max-sm:col-start-1 max-sm:row-start-2 max-sm:max-w-none max-sm:min-w-0">
              <div className="truncate">{row.contactName}</div>
              {row.contactDetail ? <div className="truncate text-xs text-muted-foreground">{row.contactDetail}</div> : null}
            </TableCell>
            <TableCell className="hidden md:table-cell">
              <span className="inline-flex items-center gap-1.5">
                {row.direction === "inbound" ? <ArrowDownLeftIcon aria-hidden className="size-4 text-muted-foreground" /> : <ArrowUpRightIcon aria-hidden className="size-4 text-muted-foreground" />}
                {row.direction === "inbound" ? "Inbound" : "Outbound"}
              </span>
            </TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{row.duration}</TableCell>
            <TableCell className="hidden xl:table-cell">{row.endReason}</TableCell>
            <TableCell className="max-sm:col-start-2 max-sm:row-start-1 max-sm:justify-self-end">
              <StatusBadge status={row.status} />
            </TableCell>
            <TableCell className="max-sm:col-start-2 max-sm:row-start-2 max-sm:justify-self-end">
              <OutcomeBadge outcome={row.outcome} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
