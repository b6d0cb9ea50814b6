import { describe, expect, it } from "vitest";
import { computeCostUsd, findPricing } from "./pricing";

describe("findPricing", () => {
  it("finds a model by exact id, with a provider prefix or a dated snapshot", () => {
    expect(findPricing("gpt-4.1-mini")).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(findPricing("openai/gpt-4.1-mini")).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(findPricing("gpt-4o-mini-2024-07-18")).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });
  });

  it("does not guess a price for an unknown or merely similar model", () => {
    expect(findPricing("llama-3.1-8b-instruct")).toBeNull();
    expect(findPricing("gpt-4o-audio-preview")).toBeNull();
  });
});

describe("computeCostUsd", () => {
  it("prices input and output tokens per million", () => {
    expect(computeCostUsd({ inputTokens: 1_000_000, outputTokens: 500_000 }, { inputPerMTok: 0.4, outputPerMTok: 1.6 })).toBeCloseTo(1.2, 10);
    expect(computeCostUsd({ inputTokens: 1234, outputTokens: 56 }, { inputPerMTok: 2, outputPerMTok: 8 })).toBeCloseTo(0.002916, 10);
  });

  it("is 0 without a price", () => {
    expect(computeCostUsd({ inputTokens: 5000, outputTokens: 100 }, null)).toBe(0);
  });
});
