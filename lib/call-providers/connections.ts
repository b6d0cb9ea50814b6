import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { callProviderConnections, workspaces } from "@/db/schema";
import { CALL_PROVIDERS, CALL_PROVIDER_NAMES, type CallProvider } from "@/integrations/call-providers";
import { assertCan, type Ctx } from "@/lib/context";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const connectInput = z.object({
  provider: z.enum(CALL_PROVIDER_NAMES, { error: `must be one of ${CALL_PROVIDER_NAMES.join(", ")}` }),
  /** Required for providers that issue the secret themselves (Retell API key, ElevenLabs HMAC secret). */
  secret: z.string().trim().max(500).optional(),
});

export const webhookUrl = (appUrl: string, provider: string, connectionId: string) => `${appUrl.replace(/\/$/, "")}/api/v1/webhooks/${provider}?connection=${connectionId}`;

/** Connects (or re-keys) a provider: Debrief makes the secret, or stores the one the provider issued. */
export async function connectCallProvider(ctx: Ctx, input: unknown) {
  assertCan(ctx, "integrations.manage");
  const { provider, secret: given } = parseInput(connectInput, input);
  const adapter = CALL_PROVIDERS[provider];
  if (adapter.setup.secretOrigin === "provider" && !given) throw InvalidError.field("secret", `paste the ${adapter.setup.secretLabel} from ${adapter.label}`);
  const secret = adapter.setup.secretOrigin === "debrief" ? `whsec_${randomBytes(24).toString("base64url")}` : given!;
  const [row] = await ctx.db
    .insert(callProviderConnections)
    .values({ workspaceId: ctx.workspace.id, provider, secret: encryptSecret(secret) })
    .onConflictDoUpdate({ target: [callProviderConnections.workspaceId, callProviderConnections.provider], set: { secret: encryptSecret(secret), createdAt: new Date() } })
    .returning();
  return { id: row.id, provider, secret };
}

export async function listCallProviderConnections(ctx: Ctx) {
  const rows = await ctx.db.select().from(callProviderConnections).where(eq(callProviderConnections.workspaceId, ctx.workspace.id));
  return rows.map((r) => ({ id: r.id, provider: r.provider as CallProvider, secret: decryptSecret(r.secret), createdAt: r.createdAt, lastReceivedAt: r.lastReceivedAt }));
}

export async function disconnectCallProvider(ctx: Ctx, provider: string): Promise<void> {
  assertCan(ctx, "integrations.manage");
  const rows = await ctx.db
    .delete(callProviderConnections)
    .where(and(eq(callProviderConnections.workspaceId, ctx.workspace.id), eq(callProviderConnections.provider, provider)))
    .returning({ id: callProviderConnections.id });
  if (rows.length === 0) throw new NotFoundError("Connection");
}

/** The connection a webhook URL names, with its workspace and decrypted secret. */
export async function findConnection(db: Db, provider: string, connectionId: string | null) {
  if (!connectionId) return null;
  const [row] = await db
    .select({ connection: callProviderConnections, workspace: { id: workspaces.id, name: workspaces.name, slug: workspaces.slug } })
    .from(callProviderConnections)
    .innerJoin(workspaces, eq(workspaces.id, callProviderConnections.workspaceId))
    .where(and(eq(callProviderConnections.id, connectionId), eq(callProviderConnections.provider, provider)));
  return row ? { ...row, secret: decryptSecret(row.connection.secret) } : null;
}
