import { z } from "zod";
import { ROLES } from "@/db/schema/workspaces";
import { emailSchema, nameSchema } from "@/lib/validation";

const goalStatus = z.enum(["achieved", "partially_achieved", "not_achieved", "pending_confirmation"], { error: "must be achieved, partially_achieved, not_achieved or pending_confirmation" });

export const variableCondition = z
  .object({
    name: z.string().trim().min(1, "is required"),
    /** Look only in this goal's variables (any goal when absent). */
    goalKey: z.string().trim().min(1).optional(),
    op: z.enum(["exists", "equals", "contains", "gt"], { error: "must be exists, equals, contains or gt" }),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .refine((c) => c.op === "exists" || c.value !== undefined, { path: ["value"], message: "is required for equals, contains and gt" })
  .refine((c) => c.op !== "gt" || (typeof c.value === "number" || (typeof c.value === "string" && c.value.trim() !== "" && !Number.isNaN(Number(c.value)))), { path: ["value"], message: "must be a number for gt" });
export type VariableCondition = z.infer<typeof variableCondition>;

export const triggerSchema = z.object({
  event: z.enum(["conversation.evaluated", "conversion.recorded"], { error: "must be conversation.evaluated or conversion.recorded" }).default("conversation.evaluated"),
  /** Outcome names; the call's outcome must be one of them. */
  outcomes: z.array(z.string().trim().min(1)).max(50).default([]),
  /** Every listed goal must have this status ("primary" stands for the agent's primary goal). */
  goals: z.array(z.object({ key: z.string().trim().min(1, "is required"), status: goalStatus })).max(50).default([]),
  /** Sentiment score (−1 … 1) strictly below this. */
  sentimentBelow: z.number().min(-1, "must be between -1 and 1").max(1, "must be between -1 and 1").nullable().default(null),
  variables: z.array(variableCondition).max(50).default([]),
});
export type AutomationTrigger = z.infer<typeof triggerSchema>;

const actionId = z.string().trim().min(1).max(64).optional();
export const actionSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      id: actionId,
      type: z.literal("email"),
      to: z.array(emailSchema).max(50).default([]),
      toRoles: z.array(z.enum(ROLES)).max(4).default([]),
      subject: z.string().trim().min(1, "is required").max(300),
      body: z.string().trim().min(1, "is required").max(20_000),
    }),
    z.object({ id: actionId, type: z.literal("team_alert"), webhookUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL (a Slack-compatible incoming webhook)" }) }),
    z.object({ id: actionId, type: z.literal("hubspot") }),
    z.object({
      id: actionId,
      type: z.literal("lead_routing"),
      strategy: z.enum(["round_robin", "rules"], { error: "must be round_robin or rules" }),
      members: z.array(z.string().min(1)).max(100).default([]),
      rules: z
        .array(z.object({ outcome: z.string().trim().min(1).optional(), variable: variableCondition.optional(), assignTo: z.string().min(1, "is required") }))
        .max(50)
        .default([]),
      notify: z.boolean().default(true),
    }),
    z.object({ id: actionId, type: z.literal("webhook"), url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }) }),
  ],
  { error: "type must be one of email, team_alert, hubspot, lead_routing, webhook" },
);
export type AutomationActionInput = z.input<typeof actionSchema>;
export type AutomationAction = z.output<typeof actionSchema> & { id: string };
export type ActionType = AutomationAction["type"];

export const automationInput = z
  .object({
    name: nameSchema("Name", 120),
    agentId: z.string().min(1).nullable().default(null),
    enabled: z.boolean().default(true),
    trigger: triggerSchema,
    actions: z.array(actionSchema).min(1, "add at least one action").max(20),
  })
  .superRefine((rule, ctx) => {
    rule.actions.forEach((action, i) => {
      if (action.type === "email" && action.to.length === 0 && action.toRoles.length === 0) ctx.addIssue({ code: "custom", path: ["actions", i, "to"], message: "give addresses or roles to email" });
      if (action.type === "lead_routing" && action.strategy === "round_robin" && action.members.length === 0) ctx.addIssue({ code: "custom", path: ["actions", i, "members"], message: "round robin needs at least one member" });
      if (action.type === "lead_routing" && action.strategy === "rules" && action.rules.length === 0) ctx.addIssue({ code: "custom", path: ["actions", i, "rules"], message: "add at least one routing rule" });
    });
  });
export type AutomationInput = z.output<typeof automationInput>;
export const automationPatch = z.object({
  name: nameSchema("Name", 120),
  agentId: z.string().min(1).nullable(),
  enabled: z.boolean(),
  trigger: triggerSchema,
  actions: z.array(actionSchema).min(1, "add at least one action").max(20),
}).partial();
