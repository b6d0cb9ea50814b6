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
  const nul: (string | number)[] = [];
  if (findNul(result.data, nul)) throw InvalidError.field([...prefix, ...nul].join(".").replaceAll("\0", "\\u0000") || "(body)", "contains a NUL character (\\u0000), which cannot be stored");
  return result.data;
}

const parsedLater = new WeakSet<object>();

/**
 * Marks values that are parsed again one by one with their own schema (a batch's calls), so the
 * NUL check of the whole leaves them to it: a NUL in one call then fails that call only.
 */
export function parsedOneByOne<T extends object>(value: T): T {
  parsedLater.add(value);
  return value;
}

/**
 * PostgreSQL text cannot hold U+0000, so a string (or key) with one is bad input, not a server
 * error. Walks in place (push/pop on one path): it runs on every request body, hot on ingest.
 */
function findNul(value: unknown, path: (string | number)[]): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (value === null || typeof value !== "object" || value instanceof Date || parsedLater.has(value)) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (findNul(value[i], path)) return true;
      path.pop();
    }
  } else {
    for (const key in value) {
      path.push(key);
      if (key.includes("\0") || findNul((value as Record<string, unknown>)[key], path)) return true;
      path.pop();
    }
  }
  return false;
}

/** An optional form field: an empty or blank string counts as not given. */
export const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());
