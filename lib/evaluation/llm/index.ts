/**
 * The LLM evaluation engine: one structured-output call judges a whole conversation (all goals,
 * the outcome, insights and values). A transcript too long for the model's context is split into
 * overlapping chunks, one call each, and the answers merged. The result is raw: the shared
 * finalize step normalises values and checks evidence afterwards.
 */
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { EvaluationInput, EvaluationResult, Evaluator } from "../types";
import { callModel, LlmEvaluationError } from "./call-model";
import { estimateTokens, planChunks, toTranscriptLines } from "./chunk";
import { mergePartialResults } from "./merge";
import { computeCostUsd, findPricing, type ModelPricing } from "./pricing";
import { buildUserPrompt, SYSTEM_PROMPT } from "./prompt";
import { buildEvaluationSchema } from "./schema";
import { toPartialResult, type PartialResult } from "./to-result";

export { LlmEvaluationError } from "./call-model";
export type { ModelPricing } from "./pricing";

export interface LlmEvaluatorOptions {
  model: LanguageModel;
  /** Recorded in usage and used to look up the price. */
  modelId: string;
  /** The model's context window in tokens (prompt + answer). */
  contextTokens?: number;
  /** Overrides the built-in price table. */
  pricing?: ModelPricing;
  /** Retries of a failed HTTP call inside the AI SDK (the job runner retries on top). */
  maxRetries?: number;
}

export const DEFAULT_MODEL_ID = "gpt-4.1-mini";
/** Conservative: most current models take far more, and a smaller call is cheaper and sharper. */
export const DEFAULT_CONTEXT_TOKENS = 100_000;
/** Room kept for the answer: about 150 tokens a goal, plus summary and insights, with margin. */
export const OUTPUT_RESERVE_TOKENS = 4_096;
/** Below this many tokens of transcript per call, chunking would be absurd: a configuration error. */
const MIN_TRANSCRIPT_BUDGET = 256;

export function createLlmEvaluator(options: LlmEvaluatorOptions): Evaluator {
  const pricing = options.pricing ?? findPricing(options.modelId);
  return { engine: "llm", modelId: options.modelId, evaluate: (input) => evaluateWithModel(input, options, pricing) };
}

/**
 * The engine wired to an OpenAI-compatible server. Uses the Chat Completions API
 * (`openai.chat`, `POST /v1/chat/completions`) rather than the Responses API: it is what
 * OpenAI-compatible servers (vLLM, Ollama, LiteLLM, Together, Groq…) implement.
 */
export function createLlmEvaluatorFromEnv(env: { OPENAI_API_KEY: string; OPENAI_BASE_URL?: string; EVALUATION_MODEL?: string }): Evaluator {
  const modelId = env.EVALUATION_MODEL?.trim() || DEFAULT_MODEL_ID;
  const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL?.trim() || undefined });
  return createLlmEvaluator({ model: openai.chat(modelId), modelId });
}

async function evaluateWithModel(input: EvaluationInput, options: LlmEvaluatorOptions, pricing: ModelPricing | null): Promise<EvaluationResult> {
  const started = performance.now();
  const { schema, json } = await buildEvaluationSchema(input);
  const contextTokens = options.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
  const sizingPrompt = buildUserPrompt(input, { index: 0, count: 2, firstTurn: input.transcript.length, lastTurn: input.transcript.length }, []);
  const overhead = estimateTokens(SYSTEM_PROMPT) + estimateTokens(sizingPrompt) + estimateTokens(JSON.stringify(json)) + OUTPUT_RESERVE_TOKENS;
  const budget = contextTokens - overhead;
  if (budget < MIN_TRANSCRIPT_BUDGET) {
    throw new LlmEvaluationError(
      "config",
      `LLM evaluation with model "${options.modelId}": the instructions and answer need about ${overhead} of the ${contextTokens} context tokens, leaving no room for the transcript; raise contextTokens or use fewer definitions.`,
    );
  }

  const lines = toTranscriptLines(input.transcript, budget);
  const ranges = planChunks(lines, budget);
  const parts: PartialResult[] = [];
  let inputTokens = 0;
  let outputTokens = 0;
  // One chunk after another: long calls are rare, and this keeps within provider rate limits.
  for (const [index, range] of ranges.entries()) {
    const slice = lines.slice(range.start, range.end);
    const chunk = { index, count: ranges.length, firstTurn: slice[0]?.turn ?? 0, lastTurn: slice.at(-1)?.turn ?? 0 };
    const answer = await callModel({
      model: options.model,
      modelId: options.modelId,
      schema,
      system: SYSTEM_PROMPT,
      prompt: buildUserPrompt(input, chunk, slice.map((line) => line.text)),
      maxRetries: options.maxRetries ?? 2,
      label: ranges.length > 1 ? ` (part ${index + 1} of ${ranges.length})` : "",
    });
    parts.push(toPartialResult(answer.raw, input));
    inputTokens += answer.inputTokens;
    outputTokens += answer.outputTokens;
  }

  return {
    ...mergePartialResults(parts),
    usage: {
      engine: "llm",
      model: options.modelId,
      inputTokens,
      outputTokens,
      costUsd: computeCostUsd({ inputTokens, outputTokens }, pricing),
      durationMs: Math.round(performance.now() - started),
    },
  };
}
