import { z } from "zod";
import { assertCan, type Ctx } from "@/lib/context";
import { AppError, InvalidError } from "@/lib/errors";
import { parseInput, parsedOneByOne } from "@/lib/validation";
import { storeNormalized, type IngestResult } from "./ingest-conversation";
import { LIMITS } from "./input-schema";
import { normalizeConversationInput, type NormalizedConversation } from "./normalize-input";

export const batchInput = z.object({
  conversations: z
    .array(z.unknown())
    .min(1, "must contain at least one conversation")
    .max(LIMITS.batchItems, `must contain at most ${LIMITS.batchItems} conversations`)
    .transform(parsedOneByOne),
});

type ItemError = { code: string; message: string; details: { issues: { path: string; message: string }[] } | null };
export type BatchItemResult = ({ index: number; ok: true } & IngestResult) | { index: number; ok: false; error: ItemError };

/** Validates each conversation on its own (one bad item does not reject the others), then stores the good ones together. */
export async function ingestBatch(ctx: Ctx, input: unknown, source?: NormalizedConversation["source"]): Promise<BatchItemResult[]> {
  assertCan(ctx, "conversations.write");
  const { conversations } = parseInput(batchInput, input);
  const results: BatchItemResult[] = new Array(conversations.length);
  const fail = (index: number, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    const issues = error instanceof InvalidError ? error.issues.map((i) => ({ ...i, path: `conversations.${index}.${i.path}` })) : [];
    results[index] = { index, ok: false, error: { code: error.code, message: error.message, details: issues.length ? { issues } : null } };
  };
  const valid: { index: number; data: NormalizedConversation }[] = [];
  for (const [index, item] of conversations.entries()) {
    try {
      const data = normalizeConversationInput(item);
      valid.push({ index, data: { ...data, source: source ?? data.source } });
    } catch (error) {
      fail(index, error);
    }
  }
  if (valid.length > 0) {
    const stored = await storeNormalized(ctx, valid.map((v) => v.data));
    valid.forEach(({ index }, i) => {
      const result = stored[i];
      if (result instanceof Error) fail(index, result);
      else results[index] = { index, ok: true, ...result };
    });
  }
  return results;
}
