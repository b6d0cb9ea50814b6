import { and, asc, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db";
import { agentOutcomes, agents, conversations, goalRevisions, goals, insightFields, outcomes, workspaces, type GoalSnapshot } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { EvaluationInput } from "./types";
import { conversationColumns } from "@/lib/conversations/columns";

export interface JudgedGoal {
  goalId: string;
  key: string;
  revision: number;
  title: string;
  kind: GoalSnapshot["kind"];
  position: number;
  confirmationMode: GoalSnapshot["confirmationMode"];
}

/** Everything one evaluation needs, JSON-safe (it travels between Inngest steps). */
export interface LoadedConversation {
  workspace: { id: string; name: string; slug: string };
  conversationId: string;
  agentId: string;
  input: EvaluationInput;
  goals: JudgedGoal[];
  outcomeIds: Record<string, string>;
}

/**
 * The definitions a conversation is judged against. On arrival ("at-call-end"): goals created
 * before the call ended, each at the revision current at that moment (archived then → not
 * judged). On an explicit re-evaluation or backfill ("current"): every goal at its current
 * revision, including goals created after the call. Plus the workspace's active, visible
 * outcomes (or the agent's subset) and the agent's insight fields.
 */
export type DefinitionsAsOf = "at-call-end" | "current";

export async function loadForEvaluation(db: Db, conversationId: string, asOf: DefinitionsAsOf = "at-call-end"): Promise<LoadedConversation> {
  const [row] = await db
    .select({ conversation: conversationColumns, workspace: { id: workspaces.id, name: workspaces.name, slug: workspaces.slug } })
    .from(conversations)
    .innerJoin(workspaces, eq(workspaces.id, conversations.workspaceId))
    .where(eq(conversations.id, conversationId));
  if (!row) throw new NotFoundError("Conversation");
  const { conversation } = row;
  const definitions = await loadAgentDefinitions(db, conversation.agentId, asOf === "current" ? null : conversation.endedAt);
  return {
    workspace: row.workspace,
    conversationId,
    agentId: conversation.agentId,
    input: { ...definitions.input, transcript: conversation.transcript, callDate: conversation.endedAt.toISOString(), endReason: conversation.endReason },
    goals: definitions.goals,
    outcomeIds: definitions.outcomeIds,
  };
}

/**
 * An agent's definitions as they stood at `asOf` (null = now): the goals that existed then, each
 * at its revision in force then; the usable outcomes; the insight fields and built-ins.
 */
export interface AgentDefinitions {
  input: Omit<EvaluationInput, "transcript">;
  goals: JudgedGoal[];
  outcomeIds: Record<string, string>;
}

export async function loadAgentDefinitions(db: Db, agentId: string, asOf: Date | null): Promise<AgentDefinitions> {
  const [agent] = await db.select().from(agents).where(eq(agents.id, agentId));
  if (!agent) throw new NotFoundError("Agent");
  const agentGoals = await db.select().from(goals).where(eq(goals.agentId, agent.id)).orderBy(asc(goals.position), asc(goals.createdAt));
  const candidates = agentGoals.filter((g) => !asOf || g.createdAt <= asOf);
  const revisions = candidates.length
    ? await db
        .select()
        .from(goalRevisions)
        .where(and(inArray(goalRevisions.goalId, candidates.map((g) => g.id)), asOf ? lte(goalRevisions.createdAt, asOf) : undefined))
        .orderBy(desc(goalRevisions.revision))
    : [];
  const judged = candidates.flatMap((goal) => {
    // Newest first: the first one found is the revision in force.
    const revision = revisions.find((r) => r.goalId === goal.id);
    if (!revision || revision.snapshot.archived) return [];
    return [{ goal, revision }];
  });

  const subset = (await db.select({ id: agentOutcomes.outcomeId }).from(agentOutcomes).where(eq(agentOutcomes.agentId, agent.id))).map((r) => r.id);
  const usable = await db
    .select({ id: outcomes.id, name: outcomes.name, description: outcomes.description })
    .from(outcomes)
    .where(and(eq(outcomes.workspaceId, agent.workspaceId), isNull(outcomes.archivedAt), eq(outcomes.hidden, false), subset.length ? inArray(outcomes.id, subset) : undefined))
    .orderBy(asc(outcomes.position));
  const fields = await db.select().from(insightFields).where(eq(insightFields.agentId, agent.id)).orderBy(asc(insightFields.position));

  return {
    input: {
      agentPurpose: agent.purpose,
      goals: judged.map(({ revision: { snapshot: s } }) => ({
        key: s.key,
        title: s.title,
        description: s.description,
        kind: s.kind,
        confirmationMode: s.confirmationMode,
        outputVariables: s.outputVariables,
        nextRequired: s.nextRequired,
        nextConditional: s.nextConditional,
      })),
      outcomes: usable.map((o) => ({ name: o.name, description: o.description })),
      insightFields: fields.map((f) => ({ name: f.name, type: f.type, description: f.description, required: f.required, options: f.options ?? undefined })),
      builtinInsights: { summary: agent.insightSummary, sentiment: agent.insightSentiment, topics: agent.insightTopics },
    },
    goals: judged.map(({ goal, revision }) => ({
      goalId: goal.id,
      key: revision.snapshot.key,
      revision: revision.revision,
      title: revision.snapshot.title,
      kind: revision.snapshot.kind,
      position: goal.position,
      confirmationMode: revision.snapshot.confirmationMode,
    })),
    outcomeIds: Object.fromEntries(usable.map((o) => [o.name, o.id])),
  };
}
