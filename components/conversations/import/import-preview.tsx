"use client";

import { useMemo } from "react";
import { CheckCircle2Icon } from "lucide-react";
import { DateTime, useTimeZone } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportMapping } from "@/lib/conversations/import/fields";
import { mapImportRow } from "@/lib/conversations/import/map-row";
import type { ParsedRow } from "@/lib/conversations/import/parse-file";
import { previewMappedRow } from "@/lib/conversations/import/validate-row";
import { formatDuration, humanize } from "../format";

const PREVIEW_ROWS = 8;
/** Rows checked in the browser before import; the server checks every row anyway. */
const CHECKED_ROWS = 500;
const PROBLEM_ROWS = 5;

/** The first rows as they will be stored, and the problems the browser can already see. */
export function ImportPreview({ rows, mapping, agentId, keepOtherColumns }: { rows: ParsedRow[]; mapping: ImportMapping; agentId: string; keepOtherColumns: boolean }) {
  const timeZone = useTimeZone();
  const { preview, checked, withProblems, firstProblems } = useMemo(() => {
    const options = { agentId: agentId || null, keepOtherColumns, timeZone };
    const check = rows.slice(0, CHECKED_ROWS).map((row) => {
      const input = mapImportRow(row.data, mapping, options);
      return { row, input, ...previewMappedRow(input) };
    });
    const problems = check.filter((c) => c.issues.length > 0);
    return { preview: check.slice(0, PREVIEW_ROWS), checked: check.length, withProblems: problems.length, firstProblems: problems.slice(0, PROBLEM_ROWS) };
  }, [rows, mapping, agentId, keepOtherColumns, timeZone]);

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground" data-testid="preview-summary">
        {withProblems === 0 ? (
          <span className="inline-flex items-center gap-1.5 text-success">
            <CheckCircle2Icon aria-hidden className="size-4" />
            {checked === rows.length ? `All ${rows.length} rows look right.` : `The first ${checked} rows look right.`}
          </span>
        ) : (
          <span className="text-warning">
            {withProblems} of the {checked === rows.length ? checked : `first ${checked}`} rows {withProblems === 1 ? "has problems; it" : "have problems; they"} will be reported after the import and the others stored.
          </span>
        )}
      </p>
      {firstProblems.length > 0 ? (
        <ul className="grid gap-1 rounded-lg border border-warning/30 bg-warning/5 p-3 text-sm" aria-label="Rows with problems">
          {firstProblems.map(({ row, issues }) => (
            <li key={row.rowNumber}>
              <span className="font-medium">Row {row.rowNumber}:</span>{" "}
              {issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}
            </li>
          ))}
          {withProblems > firstProblems.length ? <li className="text-muted-foreground">…and {withProblems - firstProblems.length} more.</li> : null}
        </ul>
      ) : null}
      <div className="min-w-0 rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-3">Row</TableHead>
              <TableHead>External id</TableHead>
              <TableHead>Ended</TableHead>
              <TableHead>Contact</TableHead>
              <TableHead>Direction</TableHead>
              <TableHead className="text-right">Duration</TableHead>
              <TableHead className="text-right">Turns</TableHead>
              <TableHead>Check</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.map(({ row, stored, issues, input }) => (
              <TableRow key={row.rowNumber}>
                <TableCell className="pl-3 tabular-nums">{row.rowNumber}</TableCell>
                <TableCell className="max-w-48 truncate font-mono text-xs" title={String(input.externalId)}>
                  {String(input.externalId)}
                </TableCell>
                <TableCell>{stored ? <DateTime value={stored.endedAt} /> : "—"}</TableCell>
                <TableCell className="max-w-48 truncate">{stored ? stored.contact?.name || stored.contactPhone || stored.contact?.email || "—" : "—"}</TableCell>
                <TableCell>{stored ? humanize(stored.direction) : "—"}</TableCell>
                <TableCell className="text-right tabular-nums">{stored ? formatDuration(stored.durationSeconds) : "—"}</TableCell>
                <TableCell className="text-right tabular-nums">{stored ? stored.transcript.length : "—"}</TableCell>
                <TableCell className="max-w-80 whitespace-normal">
                  {issues.length === 0 ? (
                    <Badge variant="success">Ready</Badge>
                  ) : (
                    <ul className="grid gap-0.5 text-xs text-destructive">
                      {issues.map((issue) => (
                        <li key={issue.path}>
                          <span className="font-mono">{issue.path}</span> {issue.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
