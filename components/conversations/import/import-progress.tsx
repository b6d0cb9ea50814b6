"use client";

import Link from "next/link";
import { AlertCircleIcon, CheckCircle2Icon, DownloadIcon, Loader2Icon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { problemsToCsv } from "@/lib/conversations/import/results";
import { downloadText } from "./download";
import type { ImportRun } from "./use-import-run";

const SHOWN_PROBLEMS = 100;

/** The running counts with a progress bar, then the summary and the failed rows. */
export function ImportProgress({ run, fileName, listHref, onCancel, onReset }: { run: ImportRun; fileName: string; listHref: string; onCancel: () => void; onReset: () => void }) {
  const { tally, problems } = run;
  const running = run.phase === "running";
  const sorted = [...problems].sort((a, b) => a.rowNumber - b.rowNumber);
  const download = () => downloadText(`${fileName.replace(/\.[^.]+$/, "")}-import-errors.csv`, problemsToCsv(problems));
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <span className="inline-flex items-center gap-2 font-medium">
            {running ? <Loader2Icon aria-hidden className="size-4 animate-spin" /> : null}
            {run.processed} of {run.total} rows
          </span>
          {running ? (
            <Button variant="outline" size="sm" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
        <Progress value={run.processed} max={Math.max(run.total, 1)} aria-label="Import progress" />
        <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="import-counts">
          <span className="text-foreground">{tally.stored} stored</span> · {tally.existing} already there · <span className={tally.failed ? "text-destructive" : undefined}>{tally.failed} failed</span>
        </p>
      </div>

      {!running ? <Summary run={run} listHref={listHref} onReset={onReset} /> : null}

      {problems.length > 0 ? (
        <section className="grid gap-3" aria-labelledby="failed-rows-heading">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="failed-rows-heading" className="text-sm font-medium">
              Failed rows
            </h3>
            <Button variant="outline" size="sm" onClick={download}>
              <DownloadIcon aria-hidden />
              Download errors (CSV)
            </Button>
          </div>
          <div className="max-h-96 overflow-auto rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="pl-3">Row</TableHead>
                  <TableHead>Field</TableHead>
                  <TableHead>Message</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sorted.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <TableRow key={`${p.rowNumber}-${p.field}-${i}`}>
                    <TableCell className="pl-3 tabular-nums">{p.rowNumber}</TableCell>
                    <TableCell className="font-mono text-xs">{p.field}</TableCell>
                    <TableCell className="whitespace-normal">{p.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {problems.length > SHOWN_PROBLEMS ? <p className="text-xs text-muted-foreground">Showing the first {SHOWN_PROBLEMS} of {problems.length} problems; the CSV has them all.</p> : null}
        </section>
      ) : null}
    </div>
  );
}

function Summary({ run, listHref, onReset }: { run: ImportRun; listHref: string; onReset: () => void }) {
  const { stored, existing, failed } = run.tally;
  const clean = run.phase === "done" && failed === 0;
  const title =
    run.phase === "done" ? "Import finished" : run.phase === "cancelled" ? `Import cancelled after ${run.processed} of ${run.total} rows` : `Import stopped after ${run.processed} of ${run.total} rows`;
  return (
    <Alert variant={clean ? "success" : run.phase === "stopped" ? "destructive" : "warning"} role="status">
      {clean ? <CheckCircle2Icon aria-hidden /> : <AlertCircleIcon aria-hidden />}
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>
          {stored} {stored === 1 ? "conversation" : "conversations"} stored, {existing} already there, {failed} failed.
          {run.error ? ` ${run.error}` : ""}
          {run.phase !== "done" ? " Importing the same file again is safe: rows already stored are skipped." : ""}
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <Button asChild size="sm">
            <Link href={listHref}>View conversations</Link>
          </Button>
          <Button variant="outline" size="sm" onClick={onReset}>
            Import another file
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
