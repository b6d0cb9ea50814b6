import { z } from "zod";
import type { Ctx } from "@/lib/context";
import { ingestBatch } from "@/lib/conversations/ingest-batch";
import { parseInput } from "@/lib/validation";
import { workspaceTimeZone } from "@/lib/workspaces/time-zone";
import { CHUNK_ROWS } from "./chunk-rows";
import { IMPORT_FIELD_KEYS, type ImportMapping } from "./fields";
import { mapImportRow } from "./map-row";
import { toImportResults, type ImportRowResult } from "./results";

export const importChunkInput = z.object({
  agentId: z.string().trim().max(100).nullish(),
  mapping: z.partialRecord(z.enum(IMPORT_FIELD_KEYS as [string, ...string[]]), z.string().min(1).max(300)),
  keepOtherColumns: z.boolean().default(false),
  rows: z
    .array(z.object({ rowNumber: z.number().int().positive(), data: z.record(z.string(), z.unknown()) }))
    .min(1, "must contain at least one row")
    .max(CHUNK_ROWS, `must contain at most ${CHUNK_ROWS} rows`),
});

/**
 * Imports one chunk of file rows: maps each with the file's mapping (times without an offset in
 * the workspace's time zone), stores them as one batch (source "import").
 */
export async function importRows(ctx: Ctx, input: unknown): Promise<ImportRowResult[]> {
  const { agentId, mapping, keepOtherColumns, rows } = parseInput(importChunkInput, input);
  const timeZone = await workspaceTimeZone(ctx);
  const conversations = rows.map((row) => mapImportRow(row.data, mapping as ImportMapping, { agentId, keepOtherColumns, timeZone }));
  const results = await ingestBatch(ctx, { conversations }, "import");
  return toImportResults(
    rows.map((row, i) => ({ rowNumber: row.rowNumber, externalId: String(conversations[i].externalId ?? "") })),
    results,
  );
}
