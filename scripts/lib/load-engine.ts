import { createLocalEvaluator } from "../../lib/evaluation/local";
import type { EngineName, Evaluator } from "../../lib/evaluation/types";

/** Builds the engine the CLI was asked for. The LLM engine is loaded only when asked for. */

export class EngineUnavailableError extends Error {}

// A variable specifier keeps TypeScript and bundlers from resolving the optional LLM module eagerly.
const LLM_MODULE = "../../lib/evaluation/llm/index";

interface LlmModule {
  createLlmEvaluatorFromEnv: (env: { OPENAI_API_KEY: string; OPENAI_BASE_URL?: string; EVALUATION_MODEL?: string }) => Evaluator;
}

function isLlmModule(value: unknown): value is LlmModule {
  return typeof value === "object" && value !== null && typeof (value as { createLlmEvaluatorFromEnv?: unknown }).createLlmEvaluatorFromEnv === "function";
}

export function parseEngine(value: string | undefined): EngineName {
  const engine = (value ?? "local").trim().toLowerCase();
  if (engine !== "local" && engine !== "llm") throw new EngineUnavailableError(`--engine must be "local" or "llm", not "${value}".`);
  return engine;
}

export async function loadEngine(engine: EngineName, env: Record<string, string | undefined> = process.env): Promise<Evaluator> {
  if (engine === "local") return createLocalEvaluator();
  let loaded: unknown;
  try {
    loaded = await import(/* webpackIgnore: true */ LLM_MODULE);
  } catch (error) {
    throw new EngineUnavailableError(`The LLM engine (lib/evaluation/llm) could not be loaded: ${(error as Error).message}`);
  }
  if (!isLlmModule(loaded)) throw new EngineUnavailableError("lib/evaluation/llm/index.ts does not export createLlmEvaluatorFromEnv().");
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) throw new EngineUnavailableError("--engine llm needs OPENAI_API_KEY (and optionally OPENAI_BASE_URL, EVALUATION_MODEL).");
  return loaded.createLlmEvaluatorFromEnv({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: env.OPENAI_BASE_URL, EVALUATION_MODEL: env.EVALUATION_MODEL });
}
