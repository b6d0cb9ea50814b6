import { z } from "zod";
import { outcomeInput, outcomePatch } from "@/lib/outcomes/schemas";
import { endpoint } from "../endpoint";
import { archivedQuery } from "./agents";

export const outcomeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  color: z.string(),
  isConversion: z.boolean(),
  standard: z.boolean().describe("One of the six standard outcomes: editable wording, can be hidden, not deletable"),
  standardKey: z.string().nullable(),
  hidden: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const tag = "Outcomes";
export const listOutcomesEndpoint = endpoint({ method: "GET", path: "/api/v1/outcomes", summary: "List outcomes", tag, permission: "workspace.read", query: archivedQuery, response: z.object({ data: z.array(outcomeSchema) }) });
export const createOutcomeEndpoint = endpoint({ method: "POST", path: "/api/v1/outcomes", summary: "Create a custom outcome", tag, permission: "definitions.write", body: outcomeInput, response: outcomeSchema, status: 201 });
export const getOutcomeEndpoint = endpoint({ method: "GET", path: "/api/v1/outcomes/{id}", summary: "Get an outcome", tag, permission: "workspace.read", response: outcomeSchema });
export const updateOutcomeEndpoint = endpoint({ method: "PATCH", path: "/api/v1/outcomes/{id}", summary: "Update an outcome", tag, permission: "definitions.write", body: outcomePatch, response: outcomeSchema });
export const deleteOutcomeEndpoint = endpoint({ method: "DELETE", path: "/api/v1/outcomes/{id}", summary: "Delete a custom outcome", tag, permission: "definitions.write", status: 204 });
export const archiveOutcomeEndpoint = endpoint({ method: "POST", path: "/api/v1/outcomes/{id}/archive", summary: "Archive a custom outcome", tag, permission: "definitions.write", response: outcomeSchema });
export const restoreOutcomeEndpoint = endpoint({ method: "POST", path: "/api/v1/outcomes/{id}/restore", summary: "Restore an archived outcome", tag, permission: "definitions.write", response: outcomeSchema });
