"use client";

import { useRef, useState } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { CHUNK_BYTES, chunkRows } from "@/lib/conversations/import/chunk-rows";
import type { ImportMapping } from "@/lib/conversations/import/fields";
import type { ParsedRow, RowProblem } from "@/lib/conversations/import/parse-file";
import { tallyResults, type ImportRowResult, type ImportTally } from "@/lib/conversations/import/results";

export type ImportChunkAction = (previous: ActionState<ImportRowResult[]> | null, input: Record<string, unknown>) => Promise<ActionState<ImportRowResult[]>>;

export interface ImportRun {
  phase: "running" | "done" | "cancelled" | "stopped";
  /** Rows of the file, counting the ones that could not be read. */
  total: number;
  processed: number;
  tally: ImportTally;
  problems: RowProblem[];
  /** Why the import stopped early (session ended, network), when it did. */
  error?: string;
}

interface Job {
  slug: string;
  agentId: string;
  mapping: ImportMapping;
  keepOtherColumns: boolean;
  rows: ParsedRow[];
  /** Rows that could not be read from the file; they count as failed. */
  unreadable: RowProblem[];
}

/**
 * Sends the rows chunk by chunk (≤ 50 rows, < 1 MB), one request at a time, updating the
 * counts after each. Cancel stops after the chunk in flight. Importing the same file again is
 * always safe: rows already stored come back as "already there".
 */
export function useImportRun(action: ImportChunkAction) {
  const [run, setRun] = useState<ImportRun | null>(null);
  const cancelled = useRef(false);

  async function start(job: Job) {
    cancelled.current = false;
    const { chunks, tooLarge } = chunkRows(job.rows);
    const problems: RowProblem[] = [
      ...job.unreadable,
      ...tooLarge.map((row) => ({ rowNumber: row.rowNumber, field: "(row)", message: `Row ${row.rowNumber} is larger than ${CHUNK_BYTES / 1000} KB and cannot be imported` })),
    ];
    const failedBefore = new Set(problems.map((p) => p.rowNumber)).size;
    const tally: ImportTally = { stored: 0, existing: 0, failed: failedBefore };
    const total = job.rows.length + new Set(job.unreadable.map((p) => p.rowNumber)).size;
    let processed = failedBefore;
    const publish = (phase: ImportRun["phase"], error?: string) => setRun({ phase, total, processed, tally: { ...tally }, problems: [...problems], error });
    publish("running");

    for (const chunk of chunks) {
      if (cancelled.current) return publish("cancelled");
      let result: ActionState<ImportRowResult[]>;
      try {
        result = await action(null, { workspace: job.slug, agentId: job.agentId || null, mapping: job.mapping, keepOtherColumns: job.keepOtherColumns, rows: chunk });
      } catch {
        return publish("stopped", "The connection to Debrief was lost.");
      }
      if (result.status !== "success") return publish("stopped", result.status === "error" ? result.message : "No answer from the server.");
      tallyResults(result.data ?? [], tally, problems);
      processed += chunk.length;
      publish("running");
    }
    publish("done");
  }

  return {
    run,
    start,
    cancel: () => {
      cancelled.current = true;
    },
    reset: () => setRun(null),
  };
}
