import type { FieldIssue } from "@/lib/errors";

export interface GoalLinks {
  key: string;
  nextRequired: string[];
  nextConditional: Record<string, string>;
}

/**
 * Checks the links between an agent's active goals: every next step names an existing goal
 * (not itself), keys are unique, and following next steps never loops back. Issues name the
 * offending key; `prefix` scopes paths (e.g. "objectives.2" for a Tavus import).
 */
export function validateGoalGraph(goals: GoalLinks[], pathOf: (goalIndex: number) => string = () => ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (i: number, field: string) => [pathOf(i), field].filter(Boolean).join(".");
  const keys = new Map<string, number>();
  goals.forEach((g, i) => {
    if (keys.has(g.key)) issues.push({ path: at(i, "key"), message: `duplicate key "${g.key}": another objective of this agent already uses it` });
    else keys.set(g.key, i);
  });
  goals.forEach((g, i) => {
    g.nextRequired.forEach((next, j) => {
      if (!keys.has(next)) issues.push({ path: at(i, `nextRequired.${j}`), message: `unknown objective "${next}"` });
    });
    for (const next of Object.keys(g.nextConditional)) {
      if (!keys.has(next)) issues.push({ path: at(i, `nextConditional.${next}`), message: `unknown objective "${next}"` });
    }
  });
  const found = findCycle(goals);
  if (found) {
    // Report the loop on the goal being edited when it is part of it.
    const loop = found.slice(0, -1);
    const start = Math.max(0, loop.findIndex((k) => pathOf(keys.get(k) ?? 0) === ""));
    const cycle = [...loop.slice(start), ...loop.slice(0, start), loop[start]];
    issues.push({ path: at(keys.get(cycle[0]) ?? 0, "nextRequired"), message: `next steps form a cycle: ${cycle.join(" → ")}` });
  }
  return issues;
}

/** The first loop found by following next steps, as keys from start back to start. */
function findCycle(goals: GoalLinks[]): string[] | null {
  const edges = new Map(goals.map((g) => [g.key, [...g.nextRequired, ...Object.keys(g.nextConditional)]]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === "done") return null;
    if (state.get(key) === "visiting") return [...stack.slice(stack.indexOf(key)), key];
    state.set(key, "visiting");
    stack.push(key);
    for (const next of edges.get(key) ?? []) {
      if (!edges.has(next)) continue;
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(key, "done");
    return null;
  };
  for (const g of goals) {
    const found = visit(g.key);
    if (found) return found;
  }
  return null;
}
