import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, workspaces } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { UnauthorizedError } from "@/lib/errors";
import { API_KEY_PREFIX, hashApiKey } from "./create-api-key";

// lastUsedAt is a hint for people, not an audit log: write it at most once a minute per key.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The context an API key acts in; a missing, unknown or revoked key is a 401. */
export async function verifyApiKey(db: Db, authorization: string | null): Promise<Ctx> {
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) throw new UnauthorizedError("Missing API key: send it as 'Authorization: Bearer <key>'");
  if (!key.startsWith(API_KEY_PREFIX)) throw new UnauthorizedError("Invalid API key");
  const [row] = await db
    .select({ id: apiKeys.id, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt, workspaceId: workspaces.id, name: workspaces.name, slug: workspaces.slug })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) throw new UnauthorizedError("Invalid or revoked API key");
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // The condition is repeated in SQL so concurrent requests write it once.
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)))));
  }
  return { db, workspace: { id: row.workspaceId, name: row.name, slug: row.slug }, actor: { type: "apiKey", apiKeyId: row.id, role: row.role } };
}
