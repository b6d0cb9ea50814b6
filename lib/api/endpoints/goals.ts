import { z } from "zod";
import { VARIABLE_TYPES } from "@/lib/evaluation/types";
import { goalInput, goalPatch } from "@/lib/goals/schemas";
import { reorderInput } from "@/lib/goals/reorder-goals";
import { tavusObjectiveSchema, tavusObjectivesInput } from "@/lib/goals/tavus";
import { endpoint } from "../endpoint";
import { archivedQuery } from "./agents";

export const goalSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(["primary", "secondary"]),
  position: z.number().int(),
  confirmationMode: z.enum(["auto", "manual"]),
  modality: z.enum(["verbal", "visual"]),
  outputVariables: z.array(z.object({ name: z.string(), type: z.enum(VARIABLE_TYPES), description: z.string().optional(), options: z.array(z.string()).optional() })),
  nextRequired: z.array(z.string()),
  nextConditional: z.record(z.string(), z.string()),
  callbackUrl: z.string().nullable(),
  revision: z.number().int(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const goalChange = goalSchema.extend({ demoted: goalSchema.nullable().describe("The goal that stopped being primary because this one became primary") });

const tag = "Goals";
const base = "/api/v1/agents/{id}/goals";
export const listGoalsEndpoint = endpoint({ method: "GET", path: base, summary: "List an agent's goals in call-flow order", tag, permission: "workspace.read", query: archivedQuery, response: z.object({ data: z.array(goalSchema) }) });
export const createGoalEndpoint = endpoint({ method: "POST", path: base, summary: "Create a goal or objective", tag, permission: "definitions.write", body: goalInput, response: goalChange, status: 201 });
export const reorderGoalsEndpoint = endpoint({ method: "POST", path: `${base}/reorder`, summary: "Set the call-flow order of the active goals", tag, permission: "definitions.write", body: reorderInput, response: z.object({ data: z.array(goalSchema) }) });
export const getGoalEndpoint = endpoint({ method: "GET", path: `${base}/{goalId}`, summary: "Get a goal by id or key", tag, permission: "workspace.read", response: goalSchema });
export const updateGoalEndpoint = endpoint({ method: "PATCH", path: `${base}/{goalId}`, summary: "Update a goal (makes a new revision)", tag, permission: "definitions.write", body: goalPatch, response: goalChange });
export const deleteGoalEndpoint = endpoint({ method: "DELETE", path: `${base}/{goalId}`, summary: "Delete a goal and its revisions", tag, permission: "definitions.write", status: 204 });
export const archiveGoalEndpoint = endpoint({ method: "POST", path: `${base}/{goalId}/archive`, summary: "Archive a goal", tag, permission: "definitions.write", response: goalChange });
export const restoreGoalEndpoint = endpoint({ method: "POST", path: `${base}/{goalId}/restore`, summary: "Restore an archived goal", tag, permission: "definitions.write", response: goalChange });
export const goalRevisionsEndpoint = endpoint({
  method: "GET",
  path: `${base}/{goalId}/revisions`,
  summary: "Every revision of a goal, newest first",
  tag,
  permission: "workspace.read",
  response: z.object({ data: z.array(z.object({ revision: z.number().int(), snapshot: z.record(z.string(), z.unknown()), createdAt: z.string(), createdBy: z.string().nullable() })) }),
});

/** Tavus's objectives array, accepted as `{ "data": [...] }` or as the bare array. */
export const tavusBody = z.preprocess((v) => (Array.isArray(v) ? { data: v } : v), tavusObjectivesInput);
export const listObjectivesEndpoint = endpoint({ method: "GET", path: "/api/v1/agents/{id}/objectives", summary: "The agent's active objectives in Tavus's format", tag: "Objectives (Tavus)", permission: "workspace.read", response: z.object({ data: z.array(tavusObjectiveSchema) }) });
export const importObjectivesEndpoint = endpoint({ method: "POST", path: "/api/v1/agents/{id}/objectives", summary: "Create or update objectives from Tavus's format (matched by objective_name)", tag: "Objectives (Tavus)", permission: "definitions.write", body: tavusBody, response: z.object({ data: z.array(tavusObjectiveSchema) }) });
