import { createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, memberships, users, workspaces } from "@/db/schema";
import { API_KEY_PREFIX, hashApiKey } from "@/lib/api-keys/create-api-key";
import { hashPassword } from "@/lib/auth/password";
import { ensureStandardOutcomes } from "@/lib/outcomes/ensure-standard-outcomes";

export const DEMO = { email: "demo@debrief.local", password: "debrief-demo-password", name: "Demo User", workspace: "Demo workspace", slug: "demo" };

export interface DemoCredentials {
  email: string;
  password: string;
  workspace: { id: string; name: string; slug: string };
  apiKey: string;
}

/**
 * Creates the demo user, workspace and API key, or finds them: running it twice changes nothing.
 * The key is derived from the install's secret, so every run can print the same working key
 * although only its hash is stored.
 */
export async function seedDemo(db: Db, secret: string): Promise<DemoCredentials> {
  const apiKey = API_KEY_PREFIX + createHmac("sha256", secret).update("debrief-demo-api-key").digest("base64url").slice(0, 32);
  return db.transaction(async (tx) => {
    const [existingUser] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO.email));
    const userId =
      existingUser?.id ??
      (await tx.insert(users).values({ email: DEMO.email, name: DEMO.name, passwordHash: await hashPassword(DEMO.password) }).returning({ id: users.id }))[0].id;

    const [existingWorkspace] = await tx.select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.slug, DEMO.slug));
    const workspace =
      existingWorkspace ??
      (await tx.insert(workspaces).values({ name: DEMO.workspace, slug: DEMO.slug }).returning({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug }))[0];
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId, role: "owner" }).onConflictDoNothing();
    await ensureStandardOutcomes(tx, workspace.id);

    const hash = hashApiKey(apiKey);
    const [key] = await tx.select({ id: apiKeys.id }).from(apiKeys).where(and(eq(apiKeys.hash, hash), eq(apiKeys.workspaceId, workspace.id)));
    if (key) await tx.update(apiKeys).set({ revokedAt: null }).where(eq(apiKeys.id, key.id));
    else await tx.insert(apiKeys).values({ workspaceId: workspace.id, name: "Demo key", prefix: apiKey.slice(0, 12), hash, role: "admin", createdBy: userId });

    return { email: DEMO.email, password: DEMO.password, workspace, apiKey };
  });
}
