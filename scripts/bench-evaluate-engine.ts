/**
 * How many conversations per second the local engine judges on one core:
 *   npx tsx scripts/bench-evaluate-engine.ts [labelled.jsonl]
 * Uses ../shared/datasets/sgd-calls-dev.jsonl when present, else a synthetic set. Also exported
 * as benchEvaluateEngine() for a shared `npm run bench`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateLocally } from "../lib/evaluation/local";
import type { EvaluationInput } from "../lib/evaluation/types";
import { declaredVariablesByService, parseLabelledRecord, serviceOf, toLabelledInput } from "./lib/labelled-records";
import { syntheticInputs } from "./lib/synthetic-calls";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEV_FILE = resolve(REPO_ROOT, "../shared/datasets/sgd-calls-dev.jsonl");
const ROUNDS = 5;

export interface BenchResult {
  source: string;
  conversations: number;
  /** First pass over the set: nothing cached yet, like a worker seeing new calls. */
  coldPerSecond: number;
  /** Later passes: the same calls again, with parse caches warm. */
  perSecond: number;
  msPerConversation: number;
}

export function loadBenchInputs(path = DEV_FILE): { source: string; inputs: EvaluationInput[] } {
  if (!existsSync(path)) return { source: "synthetic", inputs: syntheticInputs(300) };
  const records = readFileSync(path, "utf8").split("\n").filter((line) => line.trim()).map((line) => parseLabelledRecord(JSON.parse(line)));
  const declared = declaredVariablesByService(records);
  return { source: path, inputs: records.map((record) => toLabelledInput(record, declared.get(serviceOf(record)) ?? [])) };
}

export function benchEvaluateEngine(path?: string): BenchResult {
  const { source, inputs } = loadBenchInputs(path);
  const coldStarted = performance.now();
  for (const input of inputs) evaluateLocally(input);
  const coldPerSecond = inputs.length / ((performance.now() - coldStarted) / 1000);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const input of inputs) evaluateLocally(input);
  const seconds = (performance.now() - started) / 1000;
  const conversations = inputs.length * ROUNDS;
  return { source, conversations, coldPerSecond, perSecond: conversations / seconds, msPerConversation: (seconds * 1000) / conversations };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = benchEvaluateEngine(process.argv[2]);
  console.log(
    `local engine: ${result.coldPerSecond.toFixed(0)} conversations/s on first sight, ${result.perSecond.toFixed(0)}/s on repeat passes ` +
      `(${result.msPerConversation.toFixed(2)} ms each, ${result.conversations} evaluated, one core, source: ${result.source})`,
  );
}
