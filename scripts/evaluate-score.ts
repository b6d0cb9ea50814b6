/**
 * Scores an engine on a labelled file (see shared/datasets/README.md):
 *   npm run evaluate:score -- ../shared/datasets/sgd-calls-dev.jsonl [--engine local|llm] [--errors]
 * Prints goal accuracy (overall and per goal type), outcome accuracy, variable accuracy,
 * the share of evidence quotes found in their turn, confusion tables and a per-service breakdown.
 * --errors also lists every mismatch.
 */
import { parseArgs } from "node:util";
import { checkEvidence } from "../lib/evaluation/finalize/check-evidence";
import { runEvaluation } from "../lib/evaluation/run-evaluation";
import type { EvaluationInput, EvaluationResult, Evaluator } from "../lib/evaluation/types";
import { readJsonLines } from "./lib/jsonl";
import { declaredVariablesByService, parseLabelledRecord, serviceOf, toLabelledInput, type LabelledRecord } from "./lib/labelled-records";
import { EngineUnavailableError, loadEngine, parseEngine } from "./lib/load-engine";
import { createReport, formatReport, scoreRecord } from "./lib/score";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { engine: { type: "string", default: "local" }, errors: { type: "boolean", default: false } },
  });
  const path = positionals[0];
  if (!path) {
    console.error("usage: npm run evaluate:score -- <labelled.jsonl> [--engine local|llm] [--errors]");
    return 2;
  }
  const records: LabelledRecord[] = [];
  let bad = 0;
  for await (const { lineNumber, value, error } of readJsonLines(path)) {
    try {
      if (error) throw new Error(error);
      records.push(parseLabelledRecord(value));
    } catch (problem) {
      bad++;
      console.error(`line ${lineNumber}: ${(problem as Error).message.split("\n")[0]}`);
    }
  }

  let engine: Evaluator;
  try {
    engine = await loadEngine(parseEngine(values.engine));
  } catch (problem) {
    console.error((problem as Error).message);
    return problem instanceof EngineUnavailableError ? 2 : 1;
  }
  // Keep the engine's raw answer: the evidence figure is about the engine's own quotes,
  // before runEvaluation's evidence check drops the ones it cannot find.
  let lastRaw: { input: EvaluationInput; result: EvaluationResult } | null = null;
  const recording: Evaluator = {
    engine: engine.engine,
    evaluate: async (input) => {
      const result = await engine.evaluate(input);
      lastRaw = { input, result };
      return result;
    },
  };

  const declared = declaredVariablesByService(records);
  const report = createReport();
  for (const [index, record] of records.entries()) {
    const variables = declared.get(serviceOf(record)) ?? [];
    lastRaw = null;
    const result = await runEvaluation(recording, toLabelledInput(record, variables));
    scoreRecord(report, record, result, variables, rawQuoteCounts(lastRaw));
    if ((index + 1) % 100 === 0) process.stderr.write(`… ${index + 1}/${records.length}\n`);
  }
  console.log(formatReport(report, engine.engine));
  if (values.errors && report.mismatches.length > 0) console.log(["", "Mismatches:", ...report.mismatches].join("\n"));
  return bad > 0 ? 1 : 0;
}

function rawQuoteCounts(raw: { input: EvaluationInput; result: EvaluationResult } | null): { valid: number; total: number } {
  if (!raw) return { valid: 0, total: 0 };
  const lists = [...raw.result.goals.map((goal) => goal.evidence), raw.result.outcome.evidence];
  let valid = 0;
  let total = 0;
  for (const evidence of lists) {
    const { kept, dropped } = checkEvidence(evidence, raw.input.transcript);
    valid += kept.length;
    total += kept.length + dropped;
  }
  return { valid, total };
}

main().then((code) => {
  process.exitCode = code;
});
