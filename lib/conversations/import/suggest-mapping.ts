import { IMPORT_FIELDS, type ImportMapping } from "./fields";
import type { ImportRow } from "./map-row";

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * The columns a file offers, in first-seen order: every key of the first rows, and one level
 * into nested objects ("contact.email") so JSONL exports map without flattening.
 */
export function detectColumns(rows: ImportRow[], sample = 200): string[] {
  const columns = new Set<string>();
  for (const row of rows.slice(0, sample)) {
    for (const [key, value] of Object.entries(row)) {
      columns.add(key);
      if (isPlainObject(value)) for (const inner of Object.keys(value)) columns.add(`${key}.${inner}`);
    }
  }
  return [...columns];
}

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A first mapping by column name (externalId ← id / external_id / call_id, endedAt ← callDate, …); each column used once. */
export function suggestMapping(columns: string[]): ImportMapping {
  const byName = new Map<string, string>();
  for (const column of columns) if (!byName.has(normalize(column))) byName.set(normalize(column), column);
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const candidates = [field.key, ...field.names].map(normalize);
    const column = candidates.map((name) => byName.get(name)).find((c) => c !== undefined && !used.has(c));
    if (column) {
      mapping[field.key] = column;
      used.add(column);
    }
  }
  return mapping;
}
