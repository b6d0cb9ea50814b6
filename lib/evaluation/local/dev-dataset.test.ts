import { describe, expect, it } from "vitest";
import { DEV_FILE, devFileExists, labelledCases } from "../../../tests/fixtures/evaluation/load-fixtures";
import { createReport, scoreRecord } from "../../../scripts/lib/score";
import { checkEvidence } from "../finalize/check-evidence";
import { runEvaluation } from "../run-evaluation";
import type { EvaluationResult } from "../types";
import { createLocalEvaluator } from "./index";

const present = devFileExists();
if (!present) console.warn(`Skipping the full SGD dev-set check: ${DEV_FILE} is not there (it lives in the shared folder beside the repo).`);

describe.skipIf(!present)("local engine on the full SGD dev file", () => {
  it("meets the accuracy targets: goals ≥ 92%, outcome ≥ 92%, variables ≥ 85%, every quote found", async () => {
    const engine = createLocalEvaluator();
    const report = createReport();
    for (const { record, input } of labelledCases(DEV_FILE)) {
      let raw: EvaluationResult | null = null;
      const result = await runEvaluation({ engine: "local", evaluate: async (given) => (raw = await engine.evaluate(given)) }, input);
      const quotes = raw ? [...(raw as EvaluationResult).goals.map((goal) => goal.evidence), (raw as EvaluationResult).outcome.evidence] : [];
      const checked = quotes.map((evidence) => checkEvidence(evidence, input.transcript));
      const valid = checked.reduce((sum, item) => sum + item.kept.length, 0);
      scoreRecord(report, record, result, input.goals[0].outputVariables ?? [], { valid, total: valid + checked.reduce((sum, item) => sum + item.dropped, 0) });
    }
    const rate = (tally: { correct: number; total: number }) => tally.correct / tally.total;
    expect(report.records).toBe(300);
    expect(rate(report.goals)).toBeGreaterThanOrEqual(0.92);
    expect(rate(report.outcome)).toBeGreaterThanOrEqual(0.92);
    expect(rate(report.variables)).toBeGreaterThanOrEqual(0.85);
    expect(report.evidence.correct).toBe(report.evidence.total);
  });
});
