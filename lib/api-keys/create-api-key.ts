import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { apiKeys } from "@/db/schema";
import { actorUserId, assertCan, type Ctx } from "@/lib/context";
import { nameSchema, parseInput } from "@/lib/validation";
import { assertMayGrant, roleSchema } from "@/lib/members/change-role";

export const API_KEY_PREFIX = "dbk_";
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export const apiKeyInput = z.object({
  name: nameSchema("Name", 60),
  role: roleSchema.exclude(["owner"]).default("member"),
});

/** Creates a key and returns it in full, the only time it is ever visible. */
export async function createApiKey(ctx: Ctx, input: unknown) {
  assertCan(ctx, "apiKeys.manage");
  const { name, role } = parseInput(apiKeyInput, input);
  assertMayGrant(ctx, role);
  const key = API_KEY_PREFIX + randomBytes(24).toString("base64url");
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({ workspaceId: ctx.workspace.id, name, role, prefix: key.slice(0, 12), hash: hashApiKey(key), createdBy: actorUserId(ctx) })
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, role: apiKeys.role, createdAt: apiKeys.createdAt });
  return { ...row, key };
}
