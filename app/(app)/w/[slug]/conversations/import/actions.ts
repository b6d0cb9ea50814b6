"use server";

import { workspaceAction } from "@/lib/auth/action";
import { importRows } from "@/lib/conversations/import/import-rows";
import type { ImportRowResult } from "@/lib/conversations/import/results";

/** One chunk (≤ 50 rows) of an import: mapped on the server, stored as one batch, answered row by row. */
export const importChunkAction = workspaceAction<ImportRowResult[]>("conversations.write", async (ctx, input) => ({ data: await importRows(ctx, input) }));
