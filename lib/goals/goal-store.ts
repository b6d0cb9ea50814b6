import { and, asc, eq, isNull, max, ne } from "drizzle-orm";
import { goalRevisions, goals } from "@/db/schema";
import { actorUserId, type Ctx } from "@/lib/context";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { snapshotOf, type GoalRow } from "./present-goal";
import type { GoalInput } from "./schemas";
import { validateGoalGraph, type GoalLinks } from "./validate-goal-graph";

/**
 * The writes every goal change goes through, so each one validates the same way and leaves a
 * revision. Callers run them inside one transaction.
 */
export async function activeGoals(ctx: Ctx, agentId: string): Promise<GoalRow[]> {
  return ctx.db
    .select()
    .from(goals)
    .where(and(eq(goals.agentId, agentId), eq(goals.workspaceId, ctx.workspace.id), isNull(goals.archivedAt)))
    .orderBy(asc(goals.position), asc(goals.createdAt));
}

/** By id or by key: ids are UUIDs (with dashes), keys never contain one. */
export async function getGoalOrThrow(ctx: Ctx, agentId: string, idOrKey: string): Promise<GoalRow> {
  const [goal] = await ctx.db
    .select()
    .from(goals)
    .where(and(eq(goals.agentId, agentId), eq(goals.workspaceId, ctx.workspace.id), idOrKey.includes("-") ? eq(goals.id, idOrKey) : eq(goals.key, idOrKey)));
  if (!goal) throw new NotFoundError("Goal");
  return goal;
}

/** The agent's goals after a change must link up: unknown next steps, duplicate keys and cycles are refused. */
export function assertValidGraph(after: GoalLinks[], editedKey: string | null): void {
  const issues = validateGoalGraph(after, (i) => (after[i].key === editedKey ? "" : `goals.${after[i].key}`));
  if (issues.length) throw new InvalidError(issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues);
}

/** A key stays with its goal even when archived, so restoring never clashes. */
export async function assertKeyFree(ctx: Ctx, agentId: string, key: string, exceptId?: string): Promise<void> {
  const [taken] = await ctx.db
    .select({ archivedAt: goals.archivedAt })
    .from(goals)
    .where(and(eq(goals.agentId, agentId), eq(goals.key, key), exceptId ? ne(goals.id, exceptId) : undefined));
  if (taken) throw InvalidError.field("key", taken.archivedAt ? `"${key}" belongs to an archived objective: restore it or choose another key` : `duplicate key "${key}": another objective of this agent already uses it`);
}

export async function recordRevision(ctx: Ctx, goal: GoalRow): Promise<void> {
  await ctx.db.insert(goalRevisions).values({ workspaceId: ctx.workspace.id, goalId: goal.id, revision: goal.revision, snapshot: snapshotOf(goal), createdBy: actorUserId(ctx) });
}

export async function insertGoal(ctx: Ctx, agentId: string, data: GoalInput): Promise<GoalRow> {
  const [{ last }] = await ctx.db.select({ last: max(goals.position) }).from(goals).where(eq(goals.agentId, agentId));
  const [row] = await ctx.db
    .insert(goals)
    .values({ ...data, callbackUrl: data.callbackUrl ?? null, workspaceId: ctx.workspace.id, agentId, position: (last ?? -1) + 1, revision: 1 })
    .returning();
  await recordRevision(ctx, row);
  return row;
}

/** Applies a change and records it as the next revision. */
export async function writeGoal(ctx: Ctx, goal: GoalRow, change: Partial<Omit<GoalRow, "id" | "agentId" | "workspaceId" | "revision">>): Promise<GoalRow> {
  const [row] = await ctx.db
    .update(goals)
    .set({ ...change, revision: goal.revision + 1, updatedAt: new Date() })
    .where(and(eq(goals.id, goal.id), eq(goals.workspaceId, ctx.workspace.id)))
    .returning();
  await recordRevision(ctx, row);
  return row;
}

/** One active primary per agent: the current one becomes secondary (and the caller says so). */
export async function demoteOtherPrimary(ctx: Ctx, agentId: string, exceptId: string | null): Promise<GoalRow | null> {
  const current = (await activeGoals(ctx, agentId)).find((g) => g.kind === "primary" && g.id !== exceptId);
  return current ? writeGoal(ctx, current, { kind: "secondary" }) : null;
}

/** Keys of active goals that name `key` as a next step. */
export const referrersOf = (active: GoalRow[], key: string) =>
  active.filter((g) => g.key !== key && (g.nextRequired.includes(key) || key in g.nextConditional)).map((g) => g.key);
