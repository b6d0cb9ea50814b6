import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getDb } from "@/db";
import { assertCan } from "@/lib/context";
import { AppError, InvalidError } from "@/lib/errors";
import { getWorkspaceCtx } from "@/lib/workspaces/get-workspace-for-user";
import type { Permission } from "./permissions";
import { getSessionUser, type MemberCtx, type SessionUser } from "./session";

import type { ActionState } from "./action-state";

export type { ActionState } from "./action-state";

type Input = FormData | Record<string, unknown>;
type Done<T> = { message?: string; data?: T } | void;

export function formToObject(input: Input): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    const values = input.getAll(key).filter((v): v is string => typeof v === "string");
    // "phoneNumbers[]" style keys carry lists.
    if (key.endsWith("[]")) out[key.slice(0, -2)] = values;
    else out[key] = values[0];
  }
  return out;
}

/**
 * The one wrapper for workspace server actions: a "use server" export is a public endpoint, so
 * this loads the session, the workspace named by the input's `workspace` slug (a non-member gets
 * "not found"), checks the permission, runs the domain function and turns errors into form state.
 */
export function workspaceAction<T = unknown>(permission: Permission, run: (ctx: MemberCtx, input: Record<string, unknown>) => Promise<Done<T>>) {
  return async (_previous: ActionState<T> | null, input: Input): Promise<ActionState<T>> => {
    const values = formToObject(input);
    return guarded(async () => {
      const user = await getSessionUser();
      if (!user) return { status: "error", message: "Your session has ended; sign in again", fieldErrors: {} };
      const ctx = await getWorkspaceCtx(await getDb(), user.id, String(values.workspace ?? ""));
      assertCan(ctx, permission);
      const done = await run({ ...ctx, user }, values);
      return { status: "success", ...(done ?? {}) };
    }, values);
  };
}

/** For actions that need a signed-in user but no workspace (create a workspace, accept an invitation). */
export function userAction<T = unknown>(run: (user: SessionUser, input: Record<string, unknown>) => Promise<Done<T>>) {
  return async (_previous: ActionState<T> | null, input: Input): Promise<ActionState<T>> => {
    const values = formToObject(input);
    return guarded(async () => {
      const user = await getSessionUser();
      if (!user) return { status: "error", message: "Your session has ended; sign in again", fieldErrors: {} };
      const done = await run(user, values);
      return { status: "success", ...(done ?? {}) };
    }, values);
  };
}

export async function guarded<T>(run: () => Promise<ActionState<T>>, input?: Record<string, unknown>): Promise<ActionState<T>> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    return { ...toActionError(error), values: echoable(input) };
  }
}

/** The submitted text fields minus secrets, to refill a form that failed. */
function echoable(input: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!input) return undefined;
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => typeof v === "string" && !/password|secret|token/i.test(k))) as Record<string, string>;
}

export function toActionError(error: unknown): { status: "error"; message: string; fieldErrors: Record<string, string> } {
  if (error instanceof AppError) {
    const issues = error instanceof InvalidError ? error.issues : ((error.details as { issues?: InvalidError["issues"] } | undefined)?.issues ?? []);
    const fieldErrors = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    // Field problems show beside their fields; the summary only points at them.
    const message = issues.length > 0 ? "Please correct the highlighted fields." : error.message;
    return { status: "error", message, fieldErrors };
  }
  console.error(error);
  return { status: "error", message: "Something went wrong on our side; please try again", fieldErrors: {} };
}
