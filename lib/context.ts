import type { Db } from "@/db";
import { ForbiddenError } from "./errors";
import { can, type Permission, type Role } from "./auth/permissions";

export interface WorkspaceRef {
  id: string;
  name: string;
  slug: string;
}

export type Actor =
  | { type: "user"; userId: string; role: Role }
  | { type: "apiKey"; apiKeyId: string; role: Role }
  | { type: "system"; role: "owner" }
  /** A tracking pixel: may only record conversions. */
  | { type: "pixel"; role: "member" };

/** Everything a domain function needs to know about who calls it and where. */
export interface Ctx {
  db: Db;
  workspace: WorkspaceRef;
  actor: Actor;
  /** The workspace's time zone, when it was loaded with the workspace (a member's pages and actions); see workspaceTimeZone. */
  timeZone?: string;
}

export function assertCan(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) throw new ForbiddenError(`Your role (${ctx.actor.role}) cannot ${permission.replace(".", " ")}`);
}

export const actorUserId = (ctx: Ctx): string | null => (ctx.actor.type === "user" ? ctx.actor.userId : null);
