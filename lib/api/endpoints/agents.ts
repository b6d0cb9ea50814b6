import { z } from "zod";
import { agentInput, agentPatch } from "@/lib/agents/schemas";
import { endpoint } from "../endpoint";

export const archivedQuery = z.object({ archived: z.enum(["true", "false"]).optional().transform((v) => v === "true") });

export const agentSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  prompt: z.string().nullable(),
  phoneNumbers: z.array(z.string()).describe("E.164"),
  insights: z.object({ summary: z.boolean(), sentiment: z.boolean(), topics: z.boolean() }),
  outcomeIds: z.array(z.string()).describe("The outcomes this agent's calls can end in; empty means all"),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const tag = "Agents";
export const listAgentsEndpoint = endpoint({ method: "GET", path: "/api/v1/agents", summary: "List agents (archived ones with ?archived=true)", tag, permission: "workspace.read", query: archivedQuery, response: z.object({ data: z.array(agentSchema) }) });
export const createAgentEndpoint = endpoint({ method: "POST", path: "/api/v1/agents", summary: "Create an agent, optionally from a template", tag, permission: "definitions.write", body: agentInput, response: agentSchema, status: 201 });
export const getAgentEndpoint = endpoint({ method: "GET", path: "/api/v1/agents/{id}", summary: "Get an agent", tag, permission: "workspace.read", response: agentSchema });
export const updateAgentEndpoint = endpoint({ method: "PATCH", path: "/api/v1/agents/{id}", summary: "Update an agent", tag, permission: "definitions.write", body: agentPatch, response: agentSchema });
export const deleteAgentEndpoint = endpoint({ method: "DELETE", path: "/api/v1/agents/{id}", summary: "Delete an agent with its goals (archive it to keep its history)", tag, permission: "definitions.write", status: 204 });
export const archiveAgentEndpoint = endpoint({ method: "POST", path: "/api/v1/agents/{id}/archive", summary: "Archive an agent", tag, permission: "definitions.write", response: agentSchema });
export const restoreAgentEndpoint = endpoint({ method: "POST", path: "/api/v1/agents/{id}/restore", summary: "Restore an archived agent", tag, permission: "definitions.write", response: agentSchema });
