import { z } from "zod";
import { nameSchema } from "@/lib/validation";

const outcomeFields = {
  name: nameSchema("Name", 60),
  description: z.string({ error: "is required" }).trim().min(1, "is required: the classifier reads it to decide when a call ends this way").max(1000),
  color: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, "must be a hex colour like #7c3aed"),
  isConversion: z.boolean(),
  hidden: z.boolean(),
};

export const outcomeInput = z.object({
  ...outcomeFields,
  color: outcomeFields.color.default("#64748b"),
  isConversion: outcomeFields.isConversion.default(false),
  hidden: outcomeFields.hidden.default(false),
});
export const outcomePatch = z.object(outcomeFields).partial();
