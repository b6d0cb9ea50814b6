import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { GoalChange } from "./create-goal";
import { activeGoals, assertKeyFree, assertValidGraph, demoteOtherPrimary, getGoalOrThrow, referrersOf, writeGoal } from "./goal-store";
import { presentGoal } from "./present-goal";
import { goalPatch } from "./schemas";

export async function updateGoal(ctx: Ctx, agentId: string, idOrKey: string, input: unknown): Promise<GoalChange> {
  assertCan(ctx, "definitions.write");
  const patch = parseInput(goalPatch, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    const goal = await getGoalOrThrow(tx, agentId, idOrKey);
    const active = await activeGoals(tx, agentId);
    if (patch.key !== undefined && patch.key !== goal.key) {
      await assertKeyFree(tx, agentId, patch.key, goal.id);
      const referrers = referrersOf(active, goal.key);
      if (referrers.length) throw InvalidError.field("key", `"${goal.key}" is a next step of ${referrers.join(", ")}; change those first`);
    }
    const next = { ...goal, ...patch, callbackUrl: patch.callbackUrl === undefined ? goal.callbackUrl : patch.callbackUrl };
    if (!goal.archivedAt) assertValidGraph([...active.filter((g) => g.id !== goal.id), next], next.key);
    const demoted = next.kind === "primary" && !goal.archivedAt ? await demoteOtherPrimary(tx, agentId, goal.id) : null;
    const saved = await writeGoal(tx, goal, { ...patch, callbackUrl: next.callbackUrl });
    return { goal: presentGoal(saved), demoted: demoted && presentGoal(demoted) };
  });
}
