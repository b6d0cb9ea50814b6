import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "debrief-env-"));

describe("environment", () => {
  it("works with nothing set: embedded defaults and a generated secret kept for the next start", () => {
    const cwd = tempDir();
    const env = parseEnv({}, cwd);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(cwd, ".data", "auth-secret"), "utf8").trim()).toBe(env.AUTH_SECRET);
    expect(parseEnv({}, cwd).AUTH_SECRET).toBe(env.AUTH_SECRET);
  });

  it("names each wrong variable and what to set", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://x", SMTP_URL: "mail.example.com", AUTH_SECRET: "short" }, tempDir());
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(attempt).toThrow(/SMTP_URL: must be an SMTP URL/);
    expect(attempt).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });

  it("refuses to start a production deployment on a shared database without AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/debrief" }, tempDir())).toThrow(/AUTH_SECRET: required in production/);
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/debrief", AUTH_SECRET: "x".repeat(32) }, tempDir()).AUTH_SECRET).toBe("x".repeat(32));
  });

  it("runs background jobs in a separate worker only on PostgreSQL", () => {
    expect(() => parseEnv({ BACKGROUND_JOBS: "off" }, tempDir())).toThrow(/BACKGROUND_JOBS: off needs DATABASE_URL/);
    expect(parseEnv({ BACKGROUND_JOBS: "off", DATABASE_URL: "postgres://db/debrief" }, tempDir()).BACKGROUND_JOBS).toBe("off");
    expect(() => parseEnv({ BACKGROUND_JOBS: "maybe" }, tempDir())).toThrow(/BACKGROUND_JOBS: must be on or off/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: "" }, tempDir()).DATABASE_URL).toBeUndefined();
  });
});
