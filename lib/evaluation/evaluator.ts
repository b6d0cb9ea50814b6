import { getEnv, type Env } from "@/lib/env";
import { createLlmEvaluatorFromEnv } from "./llm";
import { createLocalEvaluator } from "./local";
import type { Evaluator } from "./types";

/** The engine this install uses: the LLM when configured (or asked for), else the local engine. */
export function evaluatorFromEnv(env: Pick<Env, "EVALUATION_ENGINE" | "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "EVALUATION_MODEL">): Evaluator {
  const engine = env.EVALUATION_ENGINE ?? (env.OPENAI_API_KEY ? "llm" : "local");
  if (engine === "local") return createLocalEvaluator();
  if (!env.OPENAI_API_KEY) throw new Error("EVALUATION_ENGINE=llm needs OPENAI_API_KEY (or an OpenAI-compatible server's key with OPENAI_BASE_URL)");
  return createLlmEvaluatorFromEnv({ OPENAI_API_KEY: env.OPENAI_API_KEY, OPENAI_BASE_URL: env.OPENAI_BASE_URL, EVALUATION_MODEL: env.EVALUATION_MODEL });
}

const state = globalThis as unknown as { __debriefEvaluator?: Evaluator };

export function getEvaluator(): Evaluator {
  state.__debriefEvaluator ??= evaluatorFromEnv(getEnv());
  return state.__debriefEvaluator;
}

/** Tests and the test bench may choose the engine explicitly. */
export function setEvaluator(evaluator: Evaluator): void {
  state.__debriefEvaluator = evaluator;
}
