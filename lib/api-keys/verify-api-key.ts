import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, workspaces } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { UnauthorizedError } from "@/lib/errors";
import { API_KEY_PREFIX, hashApiKey } from "./create-api-key";

// lastUsedAt is a hint for people, not an audit log: write it at most once a minute per key.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * A verified key is remembered for a few seconds, so a client posting many calls costs one lookup,
 * not one per call. Revoking forgets it at once in this process; other processes within KEY_MEMORY_MS.
 */
export const KEY_MEMORY_MS = 10_000;
const MAX_REMEMBERED = 10_000;
type Verified = { ctx: Ctx; keyId: string; lastUsedAt: Date | null; until: number };
// Per database handle (tests open several) and on globalThis (the app's bundles share one).
const memory = ((globalThis as { __debriefVerifiedKeys?: WeakMap<Db, Map<string, Verified>> }).__debriefVerifiedKeys ??= new WeakMap());

/** Forgets every verified key of this database (after a revocation). */
export function forgetVerifiedKeys(db: Db): void {
  memory.delete(db);
}

/** The context an API key acts in; a missing, unknown or revoked key is a 401. */
export async function verifyApiKey(db: Db, authorization: string | null): Promise<Ctx> {
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) throw new UnauthorizedError("Missing API key: send it as 'Authorization: Bearer <key>'");
  if (!key.startsWith(API_KEY_PREFIX)) throw new UnauthorizedError("Invalid API key");
  const hash = hashApiKey(key);
  const remembered = memory.get(db) ?? new Map<string, Verified>();
  memory.set(db, remembered);
  let verified = remembered.get(hash);
  if (!verified || verified.until <= Date.now()) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    verified = { ...(await lookUp(db, hash)), until: Date.now() + KEY_MEMORY_MS };
    remembered.set(hash, verified);
  }
  await markUsed(db, verified);
  return verified.ctx;
}

async function lookUp(db: Db, hash: string): Promise<Omit<Verified, "until">> {
  const [row] = await db
    .select({ id: apiKeys.id, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt, workspaceId: workspaces.id, name: workspaces.name, slug: workspaces.slug })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt)));
  if (!row) throw new UnauthorizedError("Invalid or revoked API key");
  const ctx: Ctx = { db, workspace: { id: row.workspaceId, name: row.name, slug: row.slug }, actor: { type: "apiKey", apiKeyId: row.id, role: row.role } };
  return { ctx, keyId: row.id, lastUsedAt: row.lastUsedAt };
}

async function markUsed(db: Db, verified: Verified): Promise<void> {
  const now = new Date();
  if (verified.lastUsedAt && now.getTime() - verified.lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS) return;
  verified.lastUsedAt = now;
  // The condition is repeated in SQL so concurrent requests (and processes) write it once.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, verified.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)))));
}
