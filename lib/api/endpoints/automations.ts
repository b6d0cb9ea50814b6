import { z } from "zod";
import { deliveriesQuery } from "@/lib/automations/deliveries";
import { previewInput } from "@/lib/automations/preview";
import { automationInput, automationPatch, triggerSchema } from "@/lib/automations/rule-schema";
import { endpoint } from "../endpoint";

const automationSchema = z.object({
  id: z.string(),
  name: z.string(),
  agentId: z.string().nullable(),
  enabled: z.boolean(),
  trigger: triggerSchema,
  actions: z.array(z.record(z.string(), z.unknown()).describe("An action with its id; see the request schema")),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const withSecrets = automationSchema.extend({ secrets: z.record(z.string(), z.string()).describe("New webhook signing secrets by action id: shown only in this answer") });
const deliverySchema = z.record(z.string(), z.unknown());

const tag = "Automations";
export const listAutomationsEndpoint = endpoint({ method: "GET", path: "/api/v1/automations", summary: "List automation rules", tag, permission: "workspace.read", response: z.object({ data: z.array(automationSchema) }) });
export const createAutomationEndpoint = endpoint({ method: "POST", path: "/api/v1/automations", summary: "Create a rule: a trigger and an ordered list of actions", tag, permission: "automations.manage", body: automationInput, response: withSecrets, status: 201 });
export const previewAutomationEndpoint = endpoint({ method: "POST", path: "/api/v1/automations/preview", summary: "How many of the last N evaluated conversations a trigger would have matched", tag, permission: "workspace.read", body: previewInput, response: z.object({ matched: z.number().int(), of: z.number().int(), examples: z.array(z.string()) }) });
export const getAutomationEndpoint = endpoint({ method: "GET", path: "/api/v1/automations/{id}", summary: "Get a rule", tag, permission: "workspace.read", response: automationSchema });
export const updateAutomationEndpoint = endpoint({ method: "PATCH", path: "/api/v1/automations/{id}", summary: "Update a rule (actions keep their ids)", tag, permission: "automations.manage", body: automationPatch, response: withSecrets });
export const deleteAutomationEndpoint = endpoint({ method: "DELETE", path: "/api/v1/automations/{id}", summary: "Delete a rule (its deliveries stay in the log)", tag, permission: "automations.manage", status: 204 });
export const automationRunsEndpoint = endpoint({ method: "GET", path: "/api/v1/automations/{id}/runs", summary: "The rule's deliveries, newest first, with every attempt", tag, permission: "workspace.read", query: deliveriesQuery.omit({ automationId: true }), response: z.object({ data: z.array(deliverySchema), nextCursor: z.string().nullable() }) });
export const rotateSecretEndpoint = endpoint({ method: "POST", path: "/api/v1/automations/{id}/actions/{actionId}/rotate-secret", summary: "A new signing secret for a webhook action (shown once)", tag, permission: "automations.manage", response: z.object({ actionId: z.string(), secret: z.string() }) });
export const listDeliveriesEndpoint = endpoint({ method: "GET", path: "/api/v1/deliveries", summary: "The delivery log of every rule and objective callback", tag, permission: "workspace.read", query: deliveriesQuery, response: z.object({ data: z.array(deliverySchema), nextCursor: z.string().nullable() }) });
export const replayDeliveryEndpoint = endpoint({ method: "POST", path: "/api/v1/deliveries/{id}/replay", summary: "Run a failed or unconfirmed delivery again", tag, permission: "automations.manage", response: z.object({ id: z.string(), status: z.literal("pending") }), status: 202 });
