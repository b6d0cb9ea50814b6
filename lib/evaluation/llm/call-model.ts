/**
 * One structured-output call to the model, with errors turned into one clear, typed error the
 * job runner can log and retry: the provider failed (after the SDK's own retries), or the answer
 * was not the JSON the schema asks for.
 */
import { APICallError, generateText, JSONParseError, NoObjectGeneratedError, Output, RetryError, TypeValidationError, type LanguageModel, type Schema } from "ai";
import type { RawEvaluation } from "./schema";

/** api and output failures are worth retrying later; config means the options must change. */
export type LlmFailure = "api" | "output" | "config";

export class LlmEvaluationError extends Error {
  constructor(
    readonly failure: LlmFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "LlmEvaluationError";
  }
}

export interface ModelCall {
  model: LanguageModel;
  modelId: string;
  schema: Schema<RawEvaluation>;
  system: string;
  prompt: string;
  maxRetries: number;
  /** "" for a single call, " (part 2 of 3)" for a chunk. */
  label: string;
}

export interface ModelAnswer {
  raw: RawEvaluation;
  inputTokens: number;
  outputTokens: number;
}

export async function callModel(call: ModelCall): Promise<ModelAnswer> {
  try {
    const result = await generateText({
      model: call.model,
      instructions: call.system,
      prompt: call.prompt,
      output: Output.object({ schema: call.schema, name: "call_evaluation", description: "Evaluation of one call" }),
      temperature: 0,
      maxRetries: call.maxRetries,
    });
    return { raw: result.output, inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 };
  } catch (error) {
    throw toEvaluationError(error, call);
  }
}

function describeApiError(error: unknown): string {
  if (APICallError.isInstance(error)) {
    return `${error.statusCode ? `HTTP ${error.statusCode}: ` : ""}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** "not JSON", or the first schema problems with their paths (goals.booked.status: …). */
function describeOutputProblem(cause: unknown): string {
  if (JSONParseError.isInstance(cause)) return "not parseable as JSON";
  if (TypeValidationError.isInstance(cause)) {
    const issues = (cause.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues ?? [];
    const listed = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    return listed.length ? `schema mismatch at ${listed.join("; ")}` : "schema mismatch";
  }
  return cause instanceof Error ? cause.message.split("\n")[0] : "no answer";
}

function toEvaluationError(error: unknown, call: Pick<ModelCall, "modelId" | "label">): LlmEvaluationError {
  const where = `LLM evaluation with model "${call.modelId}"${call.label} failed`;
  if (NoObjectGeneratedError.isInstance(error)) {
    const text = error.text === undefined ? "" : ` The answer began: ${JSON.stringify(error.text.slice(0, 200))}`;
    return new LlmEvaluationError("output", `${where}: the model's answer is not valid JSON matching the evaluation schema (${describeOutputProblem(error.cause)}).${text}`, { cause: error });
  }
  if (RetryError.isInstance(error)) {
    const attempts = error.errors.length;
    return new LlmEvaluationError("api", `${where} after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${describeApiError(error.lastError)}`, { cause: error });
  }
  return new LlmEvaluationError("api", `${where}: ${describeApiError(error)}`, { cause: error });
}
