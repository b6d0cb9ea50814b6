import { z } from "zod";
import { VARIABLE_TYPES } from "@/lib/evaluation/types";
import { optional } from "@/lib/validation";

export const KEY_RULE = "must start with a letter and use only lowercase letters, digits and underscores (no spaces)";
export const keySchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[a-z][a-z0-9_]*$/, KEY_RULE);

export const variableSchema = z
  .object({
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(64).regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must start with a letter and use only letters, digits and underscores"),
    type: z.enum(VARIABLE_TYPES, { error: `must be one of ${VARIABLE_TYPES.join(", ")}` }),
    description: z.string().trim().max(500).default(""),
    options: z.array(z.string().trim().min(1, "must not be empty")).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "enum" && !v.options?.length) ctx.addIssue({ code: "custom", path: ["options"], message: "an enum needs at least one option" });
  });

const uniqueNames = (list: { name: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((v, i) => {
    if (seen.has(v.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `duplicate variable name "${v.name}"` });
    seen.add(v.name);
  });
};

const httpsUrl = z
  .url({ error: "must be a valid URL" })
  .refine((u) => u.startsWith("https://"), "must use https://");

/** Every field of a goal (objective); the same schema serves the API, the form and the Tavus import. */
export const goalFields = {
  key: keySchema,
  title: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  description: z.string({ error: "is required" }).trim().min(1, "is required").max(4000, "must be at most 4000 characters"),
  kind: z.enum(["primary", "secondary"], { error: "must be primary or secondary" }),
  confirmationMode: z.enum(["auto", "manual"], { error: "must be auto or manual" }),
  modality: z.enum(["verbal", "visual"], { error: "must be verbal or visual" }),
  outputVariables: z.array(variableSchema).max(50).superRefine(uniqueNames),
  nextRequired: z.array(keySchema).max(50),
  nextConditional: z.record(keySchema, z.string({ error: "must be a condition in words" }).trim().min(1, "must not be empty: say when the call goes there").max(1000)),
  callbackUrl: optional(httpsUrl.nullable()),
};

export const goalInput = z.object({
  ...goalFields,
  kind: goalFields.kind.default("secondary"),
  confirmationMode: goalFields.confirmationMode.default("auto"),
  modality: goalFields.modality.default("verbal"),
  outputVariables: goalFields.outputVariables.default([]),
  nextRequired: goalFields.nextRequired.default([]),
  nextConditional: goalFields.nextConditional.default({}),
});
export type GoalInput = z.output<typeof goalInput>;

export const goalPatch = z.object(goalFields).partial();
export type GoalPatch = z.output<typeof goalPatch>;
