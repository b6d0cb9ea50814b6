import type { Db } from "@/db";
import type { Ctx } from "@/lib/context";
import { createAgent } from "@/lib/agents/create-agent";
import { createGoal } from "@/lib/goals/create-goal";
import { createKey, createOwner } from "./factories";

/** An agent with goals given as [key, overrides] pairs, through the real domain functions. */
export async function createAgentWithGoals(ctx: Ctx, goals: Array<[string, Record<string, unknown>?]> = [], name = "Front desk") {
  const agent = await createAgent(ctx, { name, purpose: "Book dental appointments" });
  for (const [key, overrides] of goals) {
    await createGoal(ctx, agent.id, { key, title: key.replace(/_/g, " "), description: `The customer confirmed the ${key.replace(/_/g, " ")} on the call.`, ...overrides });
  }
  return agent;
}

/** A workspace ready to receive calls: its owner, an API key (member) and an agent. */
export async function createIngestingOwner(db: Db) {
  const owner = await createOwner(db);
  return { ...owner, key: await createKey(owner.ctx), agent: await createAgentWithGoals(owner.ctx) };
}
