import Papa from "papaparse";
import type { ImportRow } from "./map-row";

/** Larger files are refused before reading: the browser holds the whole file while it imports. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

export type FileKind = "csv" | "jsonl" | "json";

/** A row of the file with the number a person finds it by: the line in JSONL, the spreadsheet row in CSV (header = 1). */
export interface ParsedRow {
  rowNumber: number;
  data: ImportRow;
}

/** A row that cannot be imported, as the error table and its CSV show it. */
export interface RowProblem {
  rowNumber: number;
  externalId?: string;
  field: string;
  message: string;
}

export interface ParsedChunk {
  rows: ParsedRow[];
  problems: RowProblem[];
}

export function fileKind(name: string): FileKind | null {
  const ext = name.toLowerCase().split(".").pop();
  if (ext === "csv" || ext === "tsv" || ext === "txt") return "csv";
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  if (ext === "json") return "json";
  return null;
}

export const splitLines = (text: string) => text.replace(/^\uFEFF/, "").split(/\r?\n/);

/** JSONL lines (numbered from firstLine): one JSON object per line, blank lines skipped, a bad line reported with its number. */
export function parseJsonlLines(lines: string[], firstLine = 1): ParsedChunk {
  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  lines.forEach((line, i) => {
    const rowNumber = firstLine + i;
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ rowNumber, field: "(line)", message: `Line ${rowNumber} is not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ rowNumber, field: "(line)", message: `Line ${rowNumber} is not a JSON object (one conversation per line)` });
      return;
    }
    rows.push({ rowNumber, data: value as ImportRow });
  });
  return { rows, problems };
}

export const parseJsonl = (text: string) => parseJsonlLines(splitLines(text));

/** A .json file holding an array of conversations (rows numbered from 1). */
export function parseJsonArray(text: string): ParsedChunk {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { rows: [], problems: [{ rowNumber: 1, field: "(file)", message: `The file is not valid JSON: ${(error as Error).message}` }] };
  }
  const items = Array.isArray(value) ? value : [value];
  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  items.forEach((item, i) => {
    if (item && typeof item === "object" && !Array.isArray(item)) rows.push({ rowNumber: i + 1, data: item as ImportRow });
    else problems.push({ rowNumber: i + 1, field: "(item)", message: `Item ${i + 1} is not a JSON object` });
  });
  return { rows, problems };
}

export const CSV_OPTIONS = {
  header: true,
  skipEmptyLines: "greedy",
  transformHeader: (header: string) => header.replace(/^\uFEFF/, "").trim(),
} as const;

/**
 * Rows of one parsed CSV chunk, numbered from firstRowNumber. A row with more cells than the
 * header is refused (its values would land under the wrong columns); a short row is kept, its
 * missing cells empty. Quote errors carry papaparse's best guess at the row.
 */
export function csvChunk(result: Papa.ParseResult<Record<string, unknown>>, firstRowNumber: number): ParsedChunk {
  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  result.data.forEach((data, i) => {
    const rowNumber = firstRowNumber + i;
    if ("__parsed_extra" in data) {
      problems.push({ rowNumber, field: "(row)", message: `Row ${rowNumber} has more cells than the header has columns` });
      return;
    }
    rows.push({ rowNumber, data });
  });
  for (const error of result.errors) {
    if (error.type !== "Quotes") continue;
    const rowNumber = firstRowNumber + (error.row ?? 0);
    problems.push({ rowNumber, field: "(row)", message: `Row ${rowNumber}: ${error.message}` });
  }
  return { rows, problems };
}

/** The whole CSV text at once (tests and small files; the page streams the file in chunks). */
export function parseCsv(text: string): ParsedChunk {
  return csvChunk(Papa.parse<Record<string, unknown>>(text, CSV_OPTIONS), 2);
}
