import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { goals } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { InvalidError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { activeGoals } from "./goal-store";
import { presentGoal, type GoalView } from "./present-goal";
import { keySchema } from "./schemas";

export const reorderInput = z.object({ keys: z.array(keySchema).min(1, "must list the agent's objectives in their new order") });

/**
 * Puts the active goals in call-flow order. Position is display and funnel order, not part of
 * what is judged, so it makes no revision.
 */
export async function reorderGoals(ctx: Ctx, agentId: string, input: unknown): Promise<GoalView[]> {
  assertCan(ctx, "definitions.write");
  const { keys } = parseInput(reorderInput, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    const active = await activeGoals(tx, agentId);
    const expected = new Set(active.map((g) => g.key));
    const unknown = keys.findIndex((k) => !expected.has(k));
    if (unknown >= 0) throw InvalidError.field(`keys.${unknown}`, `unknown objective "${keys[unknown]}"`);
    const missing = active.filter((g) => !keys.includes(g.key)).map((g) => g.key);
    if (missing.length || new Set(keys).size !== keys.length) throw InvalidError.field("keys", `must list each active objective once (missing: ${missing.join(", ") || "none"})`);
    for (const [position, key] of keys.entries()) {
      await db.update(goals).set({ position }).where(and(eq(goals.agentId, agentId), eq(goals.key, key)));
    }
    return (await activeGoals(tx, agentId)).map(presentGoal);
  });
}
