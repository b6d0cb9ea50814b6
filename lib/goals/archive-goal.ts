import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import type { GoalChange } from "./create-goal";
import { activeGoals, assertValidGraph, getGoalOrThrow, referrersOf, writeGoal } from "./goal-store";
import { presentGoal } from "./present-goal";

/** Archived goals are no longer judged; their past verdicts stay. Archiving a step others lead to is refused. */
export async function archiveGoal(ctx: Ctx, agentId: string, idOrKey: string): Promise<GoalChange> {
  assertCan(ctx, "definitions.write");
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    const goal = await getGoalOrThrow(tx, agentId, idOrKey);
    if (goal.archivedAt) return { goal: presentGoal(goal), demoted: null };
    const referrers = referrersOf(await activeGoals(tx, agentId), goal.key);
    if (referrers.length) throw InvalidError.field("key", `"${goal.key}" is a next step of ${referrers.join(", ")}; remove it from their next steps first`);
    return { goal: presentGoal(await writeGoal(tx, goal, { archivedAt: new Date() })), demoted: null };
  });
}

/** Restores a goal. If another goal became primary meanwhile, it comes back as secondary. */
export async function restoreGoal(ctx: Ctx, agentId: string, idOrKey: string): Promise<GoalChange> {
  assertCan(ctx, "definitions.write");
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    const goal = await getGoalOrThrow(tx, agentId, idOrKey);
    if (!goal.archivedAt) return { goal: presentGoal(goal), demoted: null };
    const active = await activeGoals(tx, agentId);
    assertValidGraph([...active, goal], goal.key);
    const kind = goal.kind === "primary" && active.some((g) => g.kind === "primary") ? "secondary" : goal.kind;
    return { goal: presentGoal(await writeGoal(tx, goal, { archivedAt: null, kind })), demoted: null };
  });
}
