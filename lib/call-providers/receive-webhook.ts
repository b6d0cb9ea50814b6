import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { callProviderConnections } from "@/db/schema";
import { getCallProvider } from "@/integrations/call-providers";
import { parseJsonText, readTextBody } from "@/lib/api/read-body";
import type { Ctx } from "@/lib/context";
import { ingestConversation, type IngestResult } from "@/lib/conversations/ingest-conversation";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { findConnection } from "./connections";

export type WebhookOutcome = { kind: "ignored"; reason: string } | ({ kind: "stored" } & IngestResult);

/**
 * A voice platform's delivery: find the connection the URL names, verify the signature over the
 * raw body (refusing replays), map the payload, and store the conversation like the REST API does.
 */
export async function receiveWebhook(db: Db, provider: string, connectionId: string | null, request: Request, now = new Date()): Promise<WebhookOutcome> {
  const adapter = getCallProvider(provider);
  if (!adapter) throw new NotFoundError(`Provider "${provider}"`);
  const found = await findConnection(db, provider, connectionId);
  if (!found) throw new NotFoundError("Webhook connection (check the ?connection= part of the URL in Integrations)");
  const rawBody = await readTextBody(request);
  const verification = adapter.verify({ rawBody, headers: request.headers }, found.secret, now);
  if (!verification.ok) throw new UnauthorizedError(verification.reason);

  const mapped = adapter.map(parseJsonText(rawBody));
  await db.update(callProviderConnections).set({ lastReceivedAt: now }).where(eq(callProviderConnections.id, found.connection.id));
  if (mapped.kind === "ignored") return mapped;
  const ctx: Ctx = { db, workspace: found.workspace, actor: { type: "system", role: "owner" } };
  return { kind: "stored", ...(await ingestConversation(ctx, mapped.conversation, adapter.provider)) };
}
