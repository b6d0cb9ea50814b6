import type { GoalSnapshot, goals } from "@/db/schema";

export type GoalRow = typeof goals.$inferSelect;

/** The goal as the API, pages and evaluator see it. */
export function presentGoal(goal: GoalRow) {
  return {
    id: goal.id,
    agentId: goal.agentId,
    key: goal.key,
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    position: goal.position,
    confirmationMode: goal.confirmationMode,
    modality: goal.modality,
    outputVariables: goal.outputVariables,
    nextRequired: goal.nextRequired,
    nextConditional: goal.nextConditional,
    callbackUrl: goal.callbackUrl,
    revision: goal.revision,
    archived: goal.archivedAt !== null,
    createdAt: goal.createdAt,
    updatedAt: goal.updatedAt,
  };
}
export type GoalView = ReturnType<typeof presentGoal>;

/** What a revision keeps: everything that changes how a call is judged, plus kind and archived state. */
export function snapshotOf(goal: GoalRow): GoalSnapshot {
  return {
    key: goal.key,
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    confirmationMode: goal.confirmationMode,
    modality: goal.modality,
    outputVariables: goal.outputVariables,
    nextRequired: goal.nextRequired,
    nextConditional: goal.nextConditional,
    callbackUrl: goal.callbackUrl,
    archived: goal.archivedAt !== null,
  };
}
