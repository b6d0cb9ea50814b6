import type { Db } from "@/db";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { Ctx } from "@/lib/context";
import { signUp } from "@/lib/users/sign-up";

let counter = 0;

/** A user with their own workspace, as an owner context, through the real sign-up path. */
export async function createOwner(db: Db, name = "Ada Lovelace") {
  counter += 1;
  const email = `user${counter}-${Date.now()}@example.com`;
  const { user, workspace } = await signUp(db, { name, email, password: "correct horse battery", workspaceName: `${name} Co` });
  const ctx: Ctx = { db, workspace, actor: { type: "user", userId: user.id, role: "owner" } };
  return { user, workspace, ctx, email, password: "correct horse battery" };
}

export async function createKey(ctx: Ctx, role: "admin" | "member" | "viewer" = "member") {
  return (await createApiKey(ctx, { name: `key ${++counter}`, role })).key;
}
