import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { runEvaluation } from "../../lib/evaluation/run-evaluation";
import type { EvaluationResult, Evaluator } from "../../lib/evaluation/types";
import { describeIssues, inputLineSchema, toEvaluationInput } from "./cli-input";
import { readJsonLines } from "./jsonl";

/** The body of `npm run evaluate`: one output line per valid input line, problems reported by line. */

export interface EvaluateFileOptions {
  input: string;
  output: string;
  evaluator: Evaluator;
  /** Where progress and line errors go (stderr in the CLI). */
  log: (message: string) => void;
  progressEvery?: number;
}

export interface EvaluateFileSummary {
  evaluated: number;
  failed: number;
}

export async function evaluateFile(options: EvaluateFileOptions): Promise<EvaluateFileSummary> {
  const out = createWriteStream(options.output, { encoding: "utf8" });
  const progressEvery = options.progressEvery ?? 500;
  const started = Date.now();
  let evaluated = 0;
  let failed = 0;
  for await (const { lineNumber, value, error } of readJsonLines(options.input)) {
    if (error) {
      failed++;
      options.log(`line ${lineNumber}: ${error}`);
      continue;
    }
    const parsed = inputLineSchema.safeParse(value);
    if (!parsed.success) {
      failed++;
      options.log(`line ${lineNumber}: ${describeIssues(parsed.error)}`);
      continue;
    }
    try {
      const input = toEvaluationInput(parsed.data);
      const result = await runEvaluation(options.evaluator, input);
      const titles = new Map(input.goals.map((goal) => [goal.key, goal.title]));
      if (!out.write(`${JSON.stringify(toOutputLine(parsed.data.id, result, titles))}\n`)) await once(out, "drain");
      evaluated++;
    } catch (evaluationError) {
      failed++;
      options.log(`line ${lineNumber} (id ${parsed.data.id}): evaluation failed: ${(evaluationError as Error).message}`);
    }
    if ((evaluated + failed) % progressEvery === 0) {
      const seconds = (Date.now() - started) / 1000;
      options.log(`… ${evaluated + failed} lines (${evaluated} evaluated, ${failed} failed, ${(evaluated / Math.max(seconds, 0.001)).toFixed(0)}/s)`);
    }
  }
  out.end();
  await once(out, "finish");
  return { evaluated, failed };
}

export function toOutputLine(id: string, result: EvaluationResult, titles: Map<string, string>) {
  return {
    id,
    goals: result.goals.map((goal) => ({
      name: titles.get(goal.key) ?? goal.key,
      status: goal.status,
      confidence: goal.confidence,
      rationale: goal.rationale,
      evidence: goal.evidence,
      variables: goal.variables,
    })),
    outcome: { name: result.outcome.name, confidence: result.outcome.confidence, rationale: result.outcome.rationale },
    insights: { sentiment: result.insights.sentiment, summary: result.insights.summary, topics: result.insights.topics },
    usage: result.usage,
  };
}
