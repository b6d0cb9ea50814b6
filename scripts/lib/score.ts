import type { EvaluationResult, GoalStatus } from "../../lib/evaluation/types";
import { GOAL_TYPES, goalTypeOf, isVariableCorrect, serviceOf, type GoalType, type LabelledRecord } from "./labelled-records";
import type { VariableDef } from "../../lib/evaluation/types";

/** Tallies of a scoring run: accuracy figures, confusion tables and a per-service breakdown. */

export interface Tally {
  correct: number;
  total: number;
}

export interface ServiceTally {
  goals: Record<GoalType, Tally>;
  outcome: Tally;
  variables: Tally;
}

export interface ScoreReport {
  records: number;
  goals: Tally;
  goalsByType: Record<GoalType, Tally>;
  outcome: Tally;
  variables: Tally;
  evidence: Tally;
  /** goal type → expected → predicted → count */
  confusion: Record<GoalType, Record<string, Record<string, number>>>;
  services: Map<string, ServiceTally>;
  mismatches: string[];
}

const empty = (): Tally => ({ correct: 0, total: 0 });

export function createReport(): ScoreReport {
  return {
    records: 0,
    goals: empty(),
    goalsByType: { transaction: empty(), information: empty() },
    outcome: empty(),
    variables: empty(),
    evidence: empty(),
    confusion: { transaction: {}, information: {} },
    services: new Map(),
    mismatches: [],
  };
}

function add(tally: Tally, correct: boolean): void {
  tally.total++;
  if (correct) tally.correct++;
}

/** Adds one record's result; `rawQuotes` are the engine's quotes before the evidence check. */
export function scoreRecord(
  report: ScoreReport,
  record: LabelledRecord,
  result: EvaluationResult,
  declared: VariableDef[],
  rawQuotes: { valid: number; total: number },
): void {
  report.records++;
  const service = serviceOf(record);
  const serviceTally = report.services.get(service) ?? { goals: { transaction: empty(), information: empty() }, outcome: empty(), variables: empty() };
  report.services.set(service, serviceTally);

  record.goals.forEach((goal, index) => {
    const type = goalTypeOf(index);
    const predicted: GoalStatus | "missing" = result.goals[index]?.status ?? "missing";
    const correct = predicted === goal.expected;
    add(report.goals, correct);
    add(report.goalsByType[type], correct);
    add(serviceTally.goals[type], correct);
    const row = (report.confusion[type][goal.expected] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (!correct) report.mismatches.push(`${record.id} [${service}] ${type} goal "${goal.name}": expected ${goal.expected}, got ${predicted} — ${result.goals[index]?.rationale ?? ""}`);
  });

  const outcomeCorrect = result.outcome.name === record.expectedOutcome;
  add(report.outcome, outcomeCorrect);
  add(serviceTally.outcome, outcomeCorrect);
  if (!outcomeCorrect) report.mismatches.push(`${record.id} [${service}] outcome: expected ${record.expectedOutcome}, got ${result.outcome.name}`);

  if (record.goals[0]?.expected === "achieved") {
    const variables = result.goals[0]?.variables ?? {};
    for (const [name, canonical] of Object.entries(record.expectedVariables)) {
      const def = declared.find((candidate) => candidate.name === name) ?? { name, type: "string" as const };
      const correct = isVariableCorrect(def, variables[name], canonical, record.expectedVariableMentions[name] ?? [], record.callDate);
      add(report.variables, correct);
      add(serviceTally.variables, correct);
      if (!correct) report.mismatches.push(`${record.id} [${service}] variable ${name}: expected ${JSON.stringify(canonical)} ${JSON.stringify(record.expectedVariableMentions[name] ?? [])}, got ${JSON.stringify(variables[name] ?? null)}`);
    }
  }
  report.evidence.correct += rawQuotes.valid;
  report.evidence.total += rawQuotes.total;
}

export function percent(tally: Tally): string {
  return tally.total === 0 ? "   n/a" : `${((100 * tally.correct) / tally.total).toFixed(1).padStart(5)}%`;
}

export function formatReport(report: ScoreReport, engine: string): string {
  const lines: string[] = [];
  const figure = (label: string, tally: Tally) => `${label.padEnd(34)} ${percent(tally)}  (${tally.correct}/${tally.total})`;
  lines.push(`Scored ${report.records} labelled calls with the ${engine} engine`, "");
  lines.push(figure("Goal accuracy", report.goals));
  for (const type of GOAL_TYPES) lines.push(figure(`  ${type} goals`, report.goalsByType[type]));
  lines.push(figure("Outcome accuracy", report.outcome));
  lines.push(figure("Variable accuracy (booked calls)", report.variables));
  lines.push(figure("Evidence quotes found in their turn", report.evidence));
  for (const type of GOAL_TYPES) {
    lines.push("", `Confusion, ${type} goals (rows expected, columns predicted):`);
    const statuses = ["achieved", "partially_achieved", "not_achieved", "pending_confirmation"];
    lines.push(`${"".padEnd(20)}${statuses.map((status) => status.slice(0, 12).padStart(14)).join("")}`);
    for (const expected of statuses) {
      const row = report.confusion[type][expected];
      if (!row) continue;
      lines.push(`${expected.padEnd(20)}${statuses.map((status) => String(row[status] ?? 0).padStart(14)).join("")}`);
    }
  }
  lines.push("", `${"Per service".padEnd(16)}${"n".padStart(5)}${"transaction".padStart(13)}${"information".padStart(13)}${"outcome".padStart(10)}${"variables".padStart(11)}`);
  for (const [service, tally] of [...report.services].sort(([left], [right]) => left.localeCompare(right))) {
    lines.push(
      `${service.padEnd(16)}${String(tally.outcome.total).padStart(5)}${percent(tally.goals.transaction).padStart(13)}${percent(tally.goals.information).padStart(13)}${percent(tally.outcome).padStart(10)}${percent(tally.variables).padStart(11)}`,
    );
  }
  return lines.join("\n");
}
