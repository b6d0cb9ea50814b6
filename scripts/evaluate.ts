/**
 * Evaluates calls from a JSONL file:
 *   npm run evaluate -- --input calls.jsonl --output results.jsonl [--engine local|llm]
 * Input lines: { id, callDate?, transcript: [{ speaker, text }], goals: [{ name, description,
 * outputVariables? }], outcomes? }. Bad lines are reported with their line number and skipped;
 * the exit code is 1 if any line failed.
 */
import { parseArgs } from "node:util";
import { evaluateFile } from "./lib/evaluate-file";
import { EngineUnavailableError, loadEngine, parseEngine } from "./lib/load-engine";

const USAGE = "usage: npm run evaluate -- --input calls.jsonl --output results.jsonl [--engine local|llm]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { input: { type: "string" }, output: { type: "string" }, engine: { type: "string", default: "local" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.input || !values.output) {
    console.error(USAGE);
    return 2;
  }
  try {
    const evaluator = await loadEngine(parseEngine(values.engine));
    const log = (message: string) => process.stderr.write(`${message}\n`);
    const { evaluated, failed } = await evaluateFile({ input: values.input, output: values.output, evaluator, log });
    log(`evaluated ${evaluated} call(s) with the ${evaluator.engine} engine into ${values.output}${failed ? `; ${failed} line(s) failed` : ""}`);
    return failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof EngineUnavailableError) {
      console.error(error.message);
      return 2;
    }
    console.error(`evaluate: ${(error as Error).message}`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
