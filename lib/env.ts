import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Every setting Debrief reads, validated once. Nothing else reads process.env.
 * With nothing set, every part runs embedded (PGlite, in-process jobs, local evaluator, outbox).
 */
const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .optional()
  .transform((v) => v === "true" || v === "1");

const url = (what: string) =>
  z.url({ error: `must be a full URL (${what})` }).optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: z.url({ error: "must be the public URL of the app, e.g. https://debrief.example.com" }).default("http://localhost:3000"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL, e.g. postgres://user:pass@host:5432/debrief")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  /** "off": this process only queues work; `npm run worker` (another process) runs it. Needs DATABASE_URL. */
  BACKGROUND_JOBS: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.string().min(1).optional(),
  INNGEST_BASE_URL: url("the Inngest server, e.g. http://127.0.0.1:8288"),
  EVALUATION_ENGINE: z.enum(["local", "llm"], { error: "must be local or llm" }).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: url("an OpenAI-compatible API, e.g. https://api.openai.com/v1"),
  EVALUATION_MODEL: z.string().min(1).default("gpt-4.1-mini"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an SMTP URL, e.g. smtp://user:pass@smtp.example.com:587")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Debrief <debrief@localhost>"),
  HUBSPOT_BASE_URL: url("the HubSpot API, e.g. https://api.hubapi.com"),
  WEBHOOKS_ALLOW_PRIVATE: flag,
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; ENCRYPTION_KEY: string };

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses a set of variables; throws EnvError naming each bad variable and what to set. */
export function parseEnv(source: Record<string, string | undefined>, cwd = process.cwd()): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nFix these in .env (see .env.example).`);
  }
  const parsed = result.data;
  if (parsed.BACKGROUND_JOBS === "off" && !parsed.DATABASE_URL) {
    throw new EnvError("Invalid environment configuration:\n  BACKGROUND_JOBS: off needs DATABASE_URL (the embedded database serves one process, so jobs must run in the app)");
  }
  const authSecret = parsed.AUTH_SECRET ?? localSecret(parsed, cwd);
  return { ...parsed, AUTH_SECRET: authSecret, ENCRYPTION_KEY: parsed.ENCRYPTION_KEY ?? authSecret };
}

/**
 * Without AUTH_SECRET, an embedded install (no DATABASE_URL) keeps a generated secret beside its
 * data, so `npm run dev` and `npm start` work with nothing set. A deployment on a shared database
 * must set it: instances that each invented their own secret could not read each other's sessions.
 */
function localSecret(parsed: z.infer<typeof schema>, cwd: string): string {
  if (parsed.NODE_ENV === "production" && parsed.DATABASE_URL) {
    throw new EnvError(
      "Invalid environment configuration:\n  AUTH_SECRET: required in production with DATABASE_URL (generate one with: openssl rand -base64 32)",
    );
  }
  const file = path.resolve(/*turbopackIgnore: true*/ cwd, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

let cached: Env | undefined;

/** The validated environment of this process, read on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
