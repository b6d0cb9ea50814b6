import { z } from "zod";
import { toE164 } from "@/lib/phone";
import { nameSchema, optional } from "@/lib/validation";

const phoneNumber = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const e164 = toE164(raw);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: `"${raw}" is not a phone number (use international format, e.g. +14155550100)` });
      return z.NEVER;
    }
    return e164;
  });

const agentFields = {
  name: nameSchema("Name"),
  purpose: z.string().trim().max(1000, "must be at most 1000 characters"),
  prompt: optional(z.string().max(20_000, "must be at most 20000 characters").nullable()),
  phoneNumbers: z
    .array(phoneNumber)
    .max(50)
    .superRefine((numbers, ctx) => {
      numbers.forEach((n, i) => {
        if (numbers.indexOf(n) !== i) ctx.addIssue({ code: "custom", path: [i], message: `${n} is listed twice` });
      });
    }),
  insights: z.object({ summary: z.boolean(), sentiment: z.boolean(), topics: z.boolean() }).partial(),
  /** The outcomes this agent's calls can end in; empty means all of the workspace's. */
  outcomeIds: z.array(z.string().min(1)).max(100),
};

export const agentInput = z.object({
  ...agentFields,
  purpose: agentFields.purpose.default(""),
  phoneNumbers: agentFields.phoneNumbers.default([]),
  insights: agentFields.insights.default({}),
  outcomeIds: agentFields.outcomeIds.default([]),
  template: z.enum(["appointment_scheduling", "lead_qualification", "customer_support", "requirements_gathering", "survey"], { error: "must be one of appointment_scheduling, lead_qualification, customer_support, requirements_gathering, survey" }).optional(),
});
export type AgentInput = z.output<typeof agentInput>;

export const agentPatch = z.object(agentFields).partial();
export type AgentPatch = z.output<typeof agentPatch>;
