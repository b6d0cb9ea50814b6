import Papa from "papaparse";
import { CSV_OPTIONS, IMPORT_MAX_BYTES, csvChunk, fileKind, parseJsonArray, parseJsonlLines, splitLines, type FileKind, type ParsedChunk, type ParsedRow, type RowProblem } from "@/lib/conversations/import/parse-file";
import { detectColumns } from "@/lib/conversations/import/suggest-mapping";

export interface ReadFile {
  name: string;
  kind: FileKind;
  rows: ParsedRow[];
  problems: RowProblem[];
  columns: string[];
}

const LINES_PER_SLICE = 2_000;
/** Lets the browser paint between slices, so a large file never freezes the page. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and parses a chosen file in slices; throws an Error with a message for people when the file cannot be used at all. */
export async function readImportFile(file: File, onProgress: (rowsRead: number) => void): Promise<ReadFile> {
  const kind = fileKind(file.name);
  if (!kind) throw new Error(`"${file.name}" is not a CSV, JSONL or JSON file.`);
  if (file.size > IMPORT_MAX_BYTES) {
    throw new Error(`"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB can be imported. Split it into smaller files.`);
  }
  if (file.size === 0) throw new Error(`"${file.name}" is empty.`);

  const parsed = kind === "csv" ? await readCsv(file, onProgress) : kind === "json" ? parseJsonArray(await file.text()) : await readJsonl(await file.text(), onProgress);
  if (parsed.rows.length === 0 && parsed.problems.length === 0) throw new Error(`"${file.name}" has no rows.`);
  return { name: file.name, kind, ...parsed, columns: detectColumns(parsed.rows.map((r) => r.data)) };
}

async function readJsonl(text: string, onProgress: (rowsRead: number) => void): Promise<ParsedChunk> {
  const lines = splitLines(text);
  const out: ParsedChunk = { rows: [], problems: [] };
  for (let start = 0; start < lines.length; start += LINES_PER_SLICE) {
    const slice = parseJsonlLines(lines.slice(start, start + LINES_PER_SLICE), start + 1);
    out.rows.push(...slice.rows);
    out.problems.push(...slice.problems);
    onProgress(out.rows.length);
    await yieldToBrowser();
  }
  return out;
}

/** Papaparse reads a File in chunks through FileReader, so parsing never blocks for long. */
function readCsv(file: File, onProgress: (rowsRead: number) => void): Promise<ParsedChunk> {
  const out: ParsedChunk = { rows: [], problems: [] };
  let nextRow = 2;
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, unknown>, File>(file, {
      ...CSV_OPTIONS,
      chunkSize: 1024 * 1024,
      chunk: (result) => {
        const chunk = csvChunk(result, nextRow);
        nextRow += result.data.length;
        out.rows.push(...chunk.rows);
        out.problems.push(...chunk.problems);
        onProgress(out.rows.length);
      },
      complete: () => resolve(out),
      error: (error) => reject(new Error(`"${file.name}" could not be read: ${error.message}`)),
    });
  });
}
