import { z } from "zod";
import { InvalidError } from "./errors";

export const emailSchema = z
  .string({ error: "is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "must be a valid email address" }).max(254, "must be at most 254 characters"));

export const nameSchema = (what: string, max = 80) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} must be at most ${max} characters`);

/** Parses input with a zod schema, or throws InvalidError naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: (string | number)[] = []): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw InvalidError.fromZod(result.error, prefix);
  return result.data;
}

/** An optional form field: an empty or blank string counts as not given. */
export const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());
