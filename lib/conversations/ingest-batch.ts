import { z } from "zod";
import { assertCan, type Ctx } from "@/lib/context";
import { AppError, InvalidError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { storeConversations, type IngestResult, type ReadyConversation } from "./ingest-conversation";
import { LIMITS } from "./input-schema";
import { normalizeConversationInput } from "./normalize-input";
import { resolveAgentId } from "./resolve-agent";

export const batchInput = z.object({
  conversations: z.array(z.unknown()).min(1, "must contain at least one conversation").max(LIMITS.batchItems, `must contain at most ${LIMITS.batchItems} conversations`),
});

type ItemError = { code: string; message: string; details: { issues: { path: string; message: string }[] } | null };
export type BatchItemResult = ({ index: number; ok: true } & IngestResult) | { index: number; ok: false; error: ItemError };

/** Validates each conversation on its own (one bad item does not reject the others), then stores the good ones together. */
export async function ingestBatch(ctx: Ctx, input: unknown, source?: ReadyConversation["data"]["source"]): Promise<BatchItemResult[]> {
  assertCan(ctx, "conversations.write");
  const { conversations } = parseInput(batchInput, input);
  const results: BatchItemResult[] = new Array(conversations.length);
  const ready: (ReadyConversation & { index: number })[] = [];
  const agentCache = new Map<string, Promise<string>>();
  for (const [index, item] of conversations.entries()) {
    try {
      const data = normalizeConversationInput(item);
      const cacheKey = `${data.agentId ?? ""}|${data.agentPhoneNumber ?? ""}`;
      if (!agentCache.has(cacheKey)) agentCache.set(cacheKey, resolveAgentId(ctx, data.agentId, data.agentPhoneNumber));
      ready.push({ index, agentId: await agentCache.get(cacheKey)!, data: { ...data, source: source ?? data.source } });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const issues = error instanceof InvalidError ? error.issues.map((i) => ({ ...i, path: `conversations.${index}.${i.path}` })) : [];
      results[index] = { index, ok: false, error: { code: error.code, message: error.message, details: issues.length ? { issues } : null } };
    }
  }
  if (ready.length > 0) {
    const stored = await storeConversations(ctx, ready);
    ready.forEach((item, i) => (results[item.index] = { index: item.index, ok: true, ...stored[i] }));
  }
  return results;
}
