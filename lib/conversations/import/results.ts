import Papa from "papaparse";
import type { BatchItemResult } from "@/lib/conversations/ingest-batch";
import type { RowProblem } from "./parse-file";

/** What the import action answers for one row. */
export type ImportRowResult =
  | { rowNumber: number; externalId: string; ok: true; id: string; created: boolean }
  | { rowNumber: number; externalId: string; ok: false; issues: { field: string; message: string }[] };

/** Batch results (in input order) with the file's row numbers, field paths without the batch prefix. */
export function toImportResults(rows: { rowNumber: number; externalId: string }[], results: BatchItemResult[]): ImportRowResult[] {
  return results.map((result, i) => {
    const { rowNumber, externalId } = rows[i];
    if (result.ok) return { rowNumber, externalId, ok: true, id: result.id, created: result.created };
    const issues = result.error.details?.issues.map((issue) => ({ field: issue.path.replace(/^conversations\.\d+\./, ""), message: issue.message })) ?? [];
    return { rowNumber, externalId, ok: false, issues: issues.length ? issues : [{ field: "(row)", message: result.error.message }] };
  });
}

export interface ImportTally {
  stored: number;
  existing: number;
  failed: number;
}

/** Adds a chunk's results to the running counts and the list of problems. */
export function tallyResults(results: ImportRowResult[], tally: ImportTally, problems: RowProblem[]): void {
  for (const result of results) {
    if (result.ok) {
      if (result.created) tally.stored += 1;
      else tally.existing += 1;
    } else {
      tally.failed += 1;
      for (const issue of result.issues) problems.push({ rowNumber: result.rowNumber, externalId: result.externalId, ...issue });
    }
  }
}

/** The problems as a CSV a spreadsheet opens: row, externalId, field, message. */
export function problemsToCsv(problems: RowProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.rowNumber - b.rowNumber);
  return Papa.unparse({ fields: ["row", "externalId", "field", "message"], data: sorted.map((p) => [p.rowNumber, p.externalId ?? "", p.field, p.message]) });
}
