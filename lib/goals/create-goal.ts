import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { activeGoals, assertKeyFree, assertValidGraph, demoteOtherPrimary, insertGoal } from "./goal-store";
import { presentGoal, type GoalView } from "./present-goal";
import { goalInput } from "./schemas";

export interface GoalChange {
  goal: GoalView;
  /** The goal that stopped being primary because this one became primary. */
  demoted: GoalView | null;
}

export async function createGoal(ctx: Ctx, agentId: string, input: unknown): Promise<GoalChange> {
  assertCan(ctx, "definitions.write");
  const data = parseInput(goalInput, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    await assertKeyFree(tx, agentId, data.key);
    assertValidGraph([...(await activeGoals(tx, agentId)), data], data.key);
    const demoted = data.kind === "primary" ? await demoteOtherPrimary(tx, agentId, null) : null;
    const goal = await insertGoal(tx, agentId, data);
    return { goal: presentGoal(goal), demoted: demoted && presentGoal(demoted) };
  });
}
