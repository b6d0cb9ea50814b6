"use client";

import { Fragment, useState } from "react";
import Link from "next/link";
import { ChevronRightIcon } from "lucide-react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { DeliveryStatusBadge } from "./delivery-status";
import { ReplayButton } from "./replay-button";

/** A delivery as the log shows it, formatted on the server. */
export interface DeliveryRow {
  id: string;
  when: string;
  ruleName: string | null;
  ruleHref: string | null;
  actionLabel: string;
  conversationHref: string | null;
  status: string;
  lastError: string | null;
  /** What the last success produced, as label/value pairs (e.g. the email's id, the response). */
  result: [string, string][];
  attempts: { attempt: number; at: string; request: [string, string][]; responseStatus: number | null; error: string | null; durationMs: number }[];
}

/** The log: one row per delivery; a row opens to show every attempt. Failed and unconfirmed ones can be replayed. */
export function DeliveryLog({ slug, rows, canReplay }: { slug: string; rows: DeliveryRow[]; canReplay: boolean }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set(o).add(id)));
  return (
    <Table>
      <caption className="sr-only">Deliveries, newest first. Open a row to see each attempt.</caption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-10">
            <span className="sr-only">Attempts</span>
          </TableHead>
          <TableHead>Action</TableHead>
          <TableHead className="hidden md:table-cell">Conversation</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Attempts</TableHead>
          <TableHead className="hidden lg:table-cell">When</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Replay</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const expanded = open.has(row.id);
          const panel = `delivery-${row.id}-attempts`;
          const replayable = canReplay && (row.status === "failed" || row.status === "unconfirmed");
          return (
            <Fragment key={row.id}>
              <TableRow data-testid="delivery-row" data-status={row.status} className={cn(expanded && "border-b-0 bg-muted/30")}>
                <TableCell className="align-top">
                  <button
                    type="button"
                    className="flex size-7 items-center justify-center rounded-md outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
                    aria-expanded={expanded}
                    aria-controls={panel}
                    aria-label={`${expanded ? "Hide" : "Show"} attempts of ${row.actionLabel}`}
                    onClick={() => toggle(row.id)}
                  >
                    <ChevronRightIcon aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
                  </button>
                </TableCell>
                <TableCell className="max-w-[22rem] align-top whitespace-normal [overflow-wrap:anywhere]">
                  <div className="font-medium">{row.actionLabel}</div>
                  <div className="text-xs text-muted-foreground">
                    {row.ruleHref ? (
                      <Link href={row.ruleHref} className="underline-offset-4 hover:underline">
                        {row.ruleName}
                      </Link>
                    ) : (
                      row.ruleName
                    )}
                    <span className="lg:hidden"> · {row.when}</span>
                  </div>
                  {row.lastError && row.status !== "succeeded" ? <p className="mt-1 line-clamp-2 text-xs text-destructive">{row.lastError}</p> : null}
                </TableCell>
                <TableCell className="hidden align-top md:table-cell">
                  {row.conversationHref ? (
                    <Link href={row.conversationHref} className="underline underline-offset-4">
                      Open call
                    </Link>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="align-top">
                  <DeliveryStatusBadge status={row.status} />
                </TableCell>
                <TableCell className="hidden text-right align-top tabular-nums sm:table-cell">{row.attempts.length}</TableCell>
                <TableCell className="hidden align-top text-muted-foreground lg:table-cell">{row.when}</TableCell>
                <TableCell className="text-right align-top">{replayable ? <ReplayButton slug={slug} id={row.id} status={row.status} label={row.actionLabel} /> : null}</TableCell>
              </TableRow>
              {expanded ? (
                <TableRow className="bg-muted/30 hover:bg-muted/30">
                  <TableCell colSpan={7} id={panel} className="pt-0 whitespace-normal">
                    <AttemptList row={row} />
                  </TableCell>
                </TableRow>
              ) : null}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}

function AttemptList({ row }: { row: DeliveryRow }) {
  return (
    <div className="grid gap-3 py-2 pl-1 sm:pl-10">
      {row.conversationHref ? (
        <Link href={row.conversationHref} className="text-sm underline underline-offset-4 md:hidden">
          Open the call
        </Link>
      ) : null}
      {row.status === "unconfirmed" ? (
        <p className="rounded-md border border-warning/30 bg-warning/5 px-3 py-2 text-sm">
          <strong className="text-warning">Unconfirmed:</strong> the process stopped while this was being sent, so it is not known whether it arrived. It is not retried on its own: check
          the receiver (or the email outbox) first, and replay only if it never arrived.
        </p>
      ) : null}
      {row.attempts.length === 0 ? <p className="text-sm text-muted-foreground">No attempt yet: it is queued.</p> : null}
      <ol className="grid gap-2">
        {row.attempts.map((a) => (
          <li key={a.attempt} className="grid gap-1 rounded-md border bg-background p-3 text-sm" data-testid="delivery-attempt">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">Attempt {a.attempt}</span>
              <span className="text-muted-foreground">{a.at}</span>
              <span className="tabular-nums">{a.responseStatus !== null ? `HTTP ${a.responseStatus}` : "no response status"}</span>
              <span className="text-muted-foreground tabular-nums">{a.durationMs.toLocaleString("en")} ms</span>
            </div>
            <Pairs pairs={a.request} />
            {a.error ? <p className="text-xs break-words text-destructive">{a.error}</p> : null}
          </li>
        ))}
      </ol>
      <Pairs pairs={row.result} />
    </div>
  );
}

/** Request headers or result fields as name/value rows; nothing when there are none. */
function Pairs({ pairs }: { pairs: [string, string][] }) {
  if (pairs.length === 0) return null;
  return (
    <dl className="grid gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[auto_1fr]">
      {pairs.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted-foreground">{k}</dt>
          <dd className="font-mono break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
