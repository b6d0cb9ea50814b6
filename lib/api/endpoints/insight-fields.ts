import { z } from "zod";
import { VARIABLE_TYPES } from "@/lib/evaluation/types";
import { insightFieldInput, insightFieldPatch } from "@/lib/insight-fields/insight-fields";
import { endpoint } from "../endpoint";

export const insightFieldSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  name: z.string(),
  type: z.enum(VARIABLE_TYPES),
  description: z.string(),
  required: z.boolean(),
  options: z.array(z.string()).nullable(),
  position: z.number().int(),
});

const tag = "Insight fields";
const base = "/api/v1/agents/{id}/insight-fields";
export const listInsightFieldsEndpoint = endpoint({ method: "GET", path: base, summary: "An agent's custom insight fields", tag, permission: "workspace.read", response: z.object({ data: z.array(insightFieldSchema) }) });
export const createInsightFieldEndpoint = endpoint({ method: "POST", path: base, summary: "Add a custom insight field", tag, permission: "definitions.write", body: insightFieldInput, response: insightFieldSchema, status: 201 });
export const updateInsightFieldEndpoint = endpoint({ method: "PATCH", path: `${base}/{fieldId}`, summary: "Update an insight field", tag, permission: "definitions.write", body: insightFieldPatch, response: insightFieldSchema });
export const deleteInsightFieldEndpoint = endpoint({ method: "DELETE", path: `${base}/{fieldId}`, summary: "Delete an insight field", tag, permission: "definitions.write", status: 204 });
