import type { z } from "zod";

/** A field-level problem: which field (as a path) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The few errors the domain raises; lib/api/respond.ts maps each to one HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: "invalid" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidError extends AppError {
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super("invalid", message, { issues });
  }

  /** One bad field, e.g. InvalidError.field("key", "must be lowercase"). */
  static field(path: string, message: string): InvalidError {
    return new InvalidError(`${path}: ${message}`, [{ path, message }]);
  }

  static fromZod(error: z.ZodError, prefix: (string | number)[] = []): InvalidError {
    const issues = flattenIssues(error.issues).map((i) => ({
      path: [...prefix, ...i.path].map(String).join(".") || "(body)",
      message: i.message,
    }));
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    return new InvalidError(summary || "Invalid input", issues);
  }
}

type ZodIssue = z.ZodError["issues"][number];

/**
 * A union ("turns or text") fails with one vague issue; report the problems of the branch whose
 * type matched the value instead, so the caller learns which field inside it is wrong.
 */
function flattenIssues(issues: ZodIssue[], base: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union" && "errors" in issue && Array.isArray(issue.errors)) {
      const matched = (issue.errors as ZodIssue[][]).find((branch) => branch.length > 0 && !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
      if (matched) return flattenIssues(matched, path);
    }
    return [{ path, message: issue.message }];
  });
}

export class UnauthorizedError extends AppError {
  constructor(message = "Authentication required") {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this") {
    super("forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super("conflict", message, details);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super("payload_too_large", message);
  }
}
