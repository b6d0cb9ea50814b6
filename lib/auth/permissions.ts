import type { ROLES } from "@/db/schema";

export type Role = (typeof ROLES)[number];

const everyone: Role[] = ["owner", "admin", "member", "viewer"];
const editors: Role[] = ["owner", "admin", "member"];
const admins: Role[] = ["owner", "admin"];

/** The one permission table: every check in the app asks it. */
export const PERMISSIONS = {
  "workspace.read": everyone,
  "workspace.update": admins,
  "members.manage": admins,
  "apiKeys.manage": admins,
  "definitions.write": editors,
  "conversations.write": editors,
  "conversations.review": editors,
  "automations.manage": admins,
  "integrations.manage": admins,
} as const satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles ordered by power; a member may only grant roles up to their own. */
export const ROLE_RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
