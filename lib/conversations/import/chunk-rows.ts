import type { ParsedRow } from "./parse-file";

/** Rows per server-action call: small enough to show progress often, and under the ingest batch limit. */
export const CHUNK_ROWS = 50;
/** Server actions accept bodies up to 1 MB; leave room for the envelope. */
export const CHUNK_BYTES = 800_000;

const sizeOf = (row: ParsedRow) => new TextEncoder().encode(JSON.stringify(row.data)).length;

/** Splits rows into chunks of at most maxRows rows and maxBytes of JSON; a row larger than maxBytes alone cannot be sent. */
export function chunkRows(rows: ParsedRow[], { maxRows = CHUNK_ROWS, maxBytes = CHUNK_BYTES } = {}) {
  const chunks: ParsedRow[][] = [];
  const tooLarge: ParsedRow[] = [];
  let current: ParsedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = sizeOf(row);
    if (size > maxBytes) {
      tooLarge.push(row);
      continue;
    }
    if (current.length === maxRows || (current.length > 0 && bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return { chunks, tooLarge };
}
