import type { Role } from "@/lib/auth/permissions";

/** What the rule builder offers in its pickers, loaded on the server. */
export interface BuilderContext {
  agents: { id: string; name: string }[];
  /** Each agent's active goals, in call-flow order. */
  goalsByAgent: Record<string, { key: string; title: string; kind: "primary" | "secondary"; variables: string[] }[]>;
  outcomes: { name: string; color: string }[];
  members: { userId: string; name: string | null; email: string; role: Role }[];
  /** The placeholders email subjects and bodies may use. */
  templateFields: readonly { path: string; description: string }[];
}

export const memberLabel = (m: BuilderContext["members"][number]) => m.name || m.email;

/** The goals a condition may name: the chosen agent's, or every agent's (deduplicated by key) for a rule on all agents. */
export function goalChoices(context: BuilderContext, agentId: string) {
  const lists = agentId ? [context.goalsByAgent[agentId] ?? []] : context.agents.map((a) => context.goalsByAgent[a.id] ?? []);
  const seen = new Map<string, { key: string; title: string; variables: string[] }>();
  for (const goal of lists.flat()) if (!seen.has(goal.key)) seen.set(goal.key, { key: goal.key, title: goal.title, variables: goal.variables });
  return [...seen.values()];
}
