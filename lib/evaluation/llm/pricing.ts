/**
 * Token prices in USD per million tokens, by model id. A small table, not a catalogue: an unknown
 * model costs 0 (usage is still recorded) and callers can pass their own price as an override.
 * Prices are OpenAI's list prices for standard (non-batch, non-cached) processing.
 */

export interface ModelPricing {
  inputPerMTok: number;
  outputPerMTok: number;
}

export const MODEL_PRICING: Readonly<Record<string, ModelPricing>> = {
  "gpt-4.1": { inputPerMTok: 2, outputPerMTok: 8 },
  "gpt-4.1-mini": { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  "gpt-4.1-nano": { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  "gpt-4o": { inputPerMTok: 2.5, outputPerMTok: 10 },
  "gpt-4o-mini": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  "gpt-5": { inputPerMTok: 1.25, outputPerMTok: 10 },
  "gpt-5-mini": { inputPerMTok: 0.25, outputPerMTok: 2 },
  "gpt-5-nano": { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  "o3-mini": { inputPerMTok: 1.1, outputPerMTok: 4.4 },
  "o4-mini": { inputPerMTok: 1.1, outputPerMTok: 4.4 },
};

/**
 * The price for a model id, tolerating a provider prefix ("openai/gpt-4.1-mini") and a dated
 * snapshot suffix ("gpt-4.1-mini-2025-04-14"). Exact names only after that: "gpt-4o-audio" must
 * not be billed as "gpt-4o".
 */
export function findPricing(modelId: string): ModelPricing | null {
  const bare = modelId
    .trim()
    .toLowerCase()
    .replace(/^.*\//, "")
    .replace(/-\d{4}-\d{2}-\d{2}$/, "");
  return MODEL_PRICING[bare] ?? null;
}

/** Cost in USD, rounded to a millionth of a cent so sums stay readable. */
export function computeCostUsd(
  tokens: { inputTokens: number; outputTokens: number },
  pricing: ModelPricing | null,
): number {
  if (!pricing) return 0;
  const cost = (tokens.inputTokens * pricing.inputPerMTok + tokens.outputTokens * pricing.outputPerMTok) / 1_000_000;
  return Math.round(cost * 1e8) / 1e8;
}
