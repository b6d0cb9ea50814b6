import type { GoalDef, GoalVerdict } from "../types";

/**
 * Objectives can form a flow: A → B when B is in A's nextRequired, or A → B under a condition when
 * B is a key of A's nextConditional. An objective is reached only if some predecessor was met (and,
 * for a conditional step, the call took that branch); otherwise it is "not reached": not achieved,
 * reached false, with the unmet prerequisite named. Goals outside any flow are untouched.
 */

const MET = new Set<GoalVerdict["status"]>(["achieved", "pending_confirmation"]);
/** A branch the call took shows as its objective being at least partly done. */
const STARTED = new Set<GoalVerdict["status"]>(["achieved", "partially_achieved", "pending_confirmation"]);

export function applyObjectiveChain(goals: GoalDef[], verdicts: GoalVerdict[]): GoalVerdict[] {
  const byKey = new Map(verdicts.map((verdict) => [verdict.key, { ...verdict }]));
  const defs = new Map(goals.map((goal) => [goal.key, goal]));
  const predecessors = new Map<string, GoalDef[]>();
  for (const goal of goals) {
    for (const next of successorsOf(goal)) {
      if (!defs.has(next) || next === goal.key) continue;
      predecessors.set(next, [...(predecessors.get(next) ?? []), goal]);
    }
  }

  // Branches first: they depend only on the engine's own statuses.
  for (const goal of goals) {
    const verdict = byKey.get(goal.key);
    if (!verdict || !goal.nextConditional || Object.keys(goal.nextConditional).length === 0) continue;
    verdict.branch = branchOf(goal, verdict, byKey);
  }

  const settled = new Set<string>();
  const settle = (key: string, path: Set<string>): void => {
    if (settled.has(key) || path.has(key)) return; // a cycle in the flow: leave the rest as judged
    path.add(key);
    const verdict = byKey.get(key);
    const preds = predecessors.get(key) ?? [];
    for (const pred of preds) settle(pred.key, path);
    // A verdict already marked unreached (e.g. no conversation took place) keeps its own rationale.
    if (verdict && preds.length > 0 && verdict.reached !== false) {
      const blockers = preds.map((pred) => blockerOf(pred, key, byKey.get(pred.key), defs)).filter((reason): reason is string => reason !== null);
      if (blockers.length === preds.length) {
        verdict.status = "not_achieved";
        verdict.reached = false;
        verdict.rationale = `Not reached: ${blockers[0]}.`;
        verdict.evidence = [];
        verdict.variables = Object.fromEntries(Object.keys(verdict.variables ?? {}).map((name) => [name, null]));
      }
    }
    settled.add(key);
    path.delete(key);
  };
  for (const goal of goals) settle(goal.key, new Set());
  return verdicts.map((verdict) => byKey.get(verdict.key) ?? verdict);
}

function successorsOf(goal: GoalDef): string[] {
  return [...(goal.nextRequired ?? []), ...Object.keys(goal.nextConditional ?? {})];
}

/** Why the predecessor did not lead to this objective, or null if it did. */
function blockerOf(pred: GoalDef, key: string, verdict: GoalVerdict | undefined, defs: Map<string, GoalDef>): string | null {
  if (!verdict || !verdict.reached || !MET.has(verdict.status)) return `the prerequisite "${pred.title}" was not met`;
  if (pred.nextRequired?.includes(key)) return null;
  if (verdict.branch && verdict.branch !== key) {
    return `after "${pred.title}" the call took the "${defs.get(verdict.branch)?.title ?? verdict.branch}" branch instead`;
  }
  return null;
}

/** The engine's branch if it named a valid one, else the only conditional successor that was started. */
function branchOf(goal: GoalDef, verdict: GoalVerdict, byKey: Map<string, GoalVerdict>): string | null {
  const options = Object.keys(goal.nextConditional ?? {});
  if (verdict.branch && options.includes(verdict.branch)) return verdict.branch;
  const started = options.filter((key) => {
    const next = byKey.get(key);
    return next !== undefined && STARTED.has(next.status);
  });
  return started.length === 1 ? started[0] : null;
}
