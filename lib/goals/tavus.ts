import { z } from "zod";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { activeGoals, assertKeyFree, assertValidGraph, insertGoal, writeGoal } from "./goal-store";
import { presentGoal, type GoalRow } from "./present-goal";
import { goalFields } from "./schemas";

/** One objective in Tavus's format (https://docs.tavus.io objectives). */
export const tavusObjectiveSchema = z.object({
  objective_name: goalFields.key,
  objective_prompt: goalFields.description,
  confirmation_mode: goalFields.confirmationMode.default("auto"),
  output_variables: z.array(z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must start with a letter and use only letters, digits and underscores")).default([]),
  modality: goalFields.modality.default("verbal"),
  next_conditional_objectives: goalFields.nextConditional.default({}),
  next_required_objectives: goalFields.nextRequired.default([]),
  callback_url: goalFields.callbackUrl,
});
export const tavusObjectivesInput = z.object({ data: z.array(tavusObjectiveSchema).min(1, "must contain at least one objective").max(100) });
export type TavusObjective = z.output<typeof tavusObjectiveSchema>;

/** objective_name "collect_email" → title "Collect email". */
const titleFromKey = (key: string) => key.replace(/_+/g, " ").replace(/^\w/, (c) => c.toUpperCase());

export function toTavus(goal: GoalRow): TavusObjective {
  return {
    objective_name: goal.key,
    objective_prompt: goal.description,
    confirmation_mode: goal.confirmationMode,
    output_variables: goal.outputVariables.map((v) => v.name),
    modality: goal.modality,
    next_conditional_objectives: goal.nextConditional,
    next_required_objectives: goal.nextRequired,
    callback_url: goal.callbackUrl ?? undefined,
  };
}

export async function exportTavusObjectives(ctx: Ctx, agentId: string): Promise<TavusObjective[]> {
  await getAgentOrThrow(ctx, agentId);
  return (await activeGoals(ctx, agentId)).map(toTavus);
}

/**
 * Creates or updates the agent's objectives from a Tavus array (matched by objective_name),
 * validated as a whole so objectives may refer to each other. Variables keep their types when
 * they already exist; new ones are strings. Objectives not in the array are left alone.
 */
export async function importTavusObjectives(ctx: Ctx, agentId: string, input: unknown) {
  assertCan(ctx, "definitions.write");
  const { data } = parseInput(tavusObjectivesInput, input);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getAgentOrThrow(tx, agentId);
    const active = await activeGoals(tx, agentId);
    const byKey = new Map(active.map((g) => [g.key, g]));
    const incoming = data.map((o) => ({
      key: o.objective_name,
      description: o.objective_prompt,
      confirmationMode: o.confirmation_mode,
      modality: o.modality,
      nextRequired: o.next_required_objectives,
      nextConditional: o.next_conditional_objectives,
      callbackUrl: o.callback_url ?? null,
      outputVariables: o.output_variables.map((name) => {
        const known = byKey.get(o.objective_name)?.outputVariables.find((v) => v.name === name);
        return known ? { ...known, description: known.description ?? "" } : { name, type: "string" as const, description: "" };
      }),
    }));
    const after = [...active.filter((g) => !incoming.some((i) => i.key === g.key)), ...incoming];
    assertValidGraph(after, null);
    const saved: GoalRow[] = [];
    for (const item of incoming) {
      const existing = byKey.get(item.key);
      if (existing) saved.push(await writeGoal(tx, existing, item));
      else {
        await assertKeyFree(tx, agentId, item.key);
        saved.push(await insertGoal(tx, agentId, { ...item, title: titleFromKey(item.key), kind: "secondary" }));
      }
    }
    return { objectives: saved.map(toTavus), goals: saved.map(presentGoal) };
  });
}

