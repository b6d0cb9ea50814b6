import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { hubspotConnections, memberships } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hubspotConnectionInput, tokenHint } from "./connection-input";
import { testToken, type TokenTestResult } from "./test-token";

type Row = typeof hubspotConnections.$inferSelect;

/** What the Integrations page may see: everything but the token. */
export type HubSpotConnectionView = Omit<Row, "token" | "workspaceId">;

// Field by field, so a column added later is not shown until someone decides it may be.
const present = (r: Row): HubSpotConnectionView => ({
  id: r.id,
  tokenHint: r.tokenHint,
  hubId: r.hubId,
  dealPipelineId: r.dealPipelineId,
  dealStageId: r.dealStageId,
  taskDueInDays: r.taskDueInDays,
  propertyMappings: r.propertyMappings,
  ownerMappings: r.ownerMappings,
  lastTestedAt: r.lastTestedAt,
  lastTestError: r.lastTestError,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

async function findRow(db: Db, workspaceId: string): Promise<Row | null> {
  const [row] = await db.select().from(hubspotConnections).where(eq(hubspotConnections.workspaceId, workspaceId));
  return row ?? null;
}

/** Connects HubSpot or changes its settings; a field left out keeps its value. */
export async function saveHubSpotConnection(ctx: Ctx, input: unknown): Promise<HubSpotConnectionView> {
  assertCan(ctx, "integrations.manage");
  const data = parseInput(hubspotConnectionInput, input);
  const existing = await findRow(ctx.db, ctx.workspace.id);
  if (!existing && !data.token) throw InvalidError.field("token", "is required to connect HubSpot");

  const pipeline = data.dealPipelineId !== undefined ? data.dealPipelineId : (existing?.dealPipelineId ?? null);
  const stage = data.dealStageId !== undefined ? data.dealStageId : (existing?.dealStageId ?? null);
  if (!pipeline !== !stage) throw InvalidError.field(pipeline ? "dealStageId" : "dealPipelineId", "set both the deal pipeline and the stage, or neither");
  if (data.ownerMappings?.length) await assertMembers(ctx, data.ownerMappings.map((m) => m.userId));

  const settings = {
    dealPipelineId: pipeline,
    dealStageId: stage,
    ...(data.taskDueInDays !== undefined && { taskDueInDays: data.taskDueInDays }),
    ...(data.propertyMappings && { propertyMappings: data.propertyMappings }),
    ...(data.ownerMappings && { ownerMappings: data.ownerMappings }),
    updatedAt: new Date(),
  };
  // A new token belongs to a possibly different account: forget what the old one's test learnt.
  const token = data.token && { token: encryptSecret(data.token), tokenHint: tokenHint(data.token), hubId: null, lastTestedAt: null, lastTestError: null };
  // Without a new token the row exists (checked above), so the insert always turns into the update.
  const [row] = await ctx.db
    .insert(hubspotConnections)
    .values({ workspaceId: ctx.workspace.id, token: "", tokenHint: "", ...settings, ...token })
    .onConflictDoUpdate({ target: hubspotConnections.workspaceId, set: { ...settings, ...token } })
    .returning();
  return present(row);
}

/** A member of another workspace is "not found", like any other row of theirs. */
async function assertMembers(ctx: Ctx, userIds: string[]): Promise<void> {
  const rows = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.workspace.id), inArray(memberships.userId, userIds)));
  const known = new Set(rows.map((r) => r.userId));
  const index = userIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw InvalidError.field(`ownerMappings.${index}.userId`, "is not a member of this workspace");
}

export async function getHubSpotConnection(ctx: Ctx): Promise<HubSpotConnectionView | null> {
  assertCan(ctx, "integrations.manage");
  const row = await findRow(ctx.db, ctx.workspace.id);
  return row && present(row);
}

export async function deleteHubSpotConnection(ctx: Ctx): Promise<void> {
  assertCan(ctx, "integrations.manage");
  const rows = await ctx.db.delete(hubspotConnections).where(eq(hubspotConnections.workspaceId, ctx.workspace.id)).returning({ id: hubspotConnections.id });
  if (rows.length === 0) throw new NotFoundError("HubSpot connection");
}

/** Tests the saved token and records the result (and the account id) for the Integrations page. */
export async function testHubSpotConnection(ctx: Ctx): Promise<TokenTestResult> {
  assertCan(ctx, "integrations.manage");
  const row = await findRow(ctx.db, ctx.workspace.id);
  if (!row) throw new NotFoundError("HubSpot connection");
  const result = await testToken(decryptSecret(row.token));
  await ctx.db
    .update(hubspotConnections)
    .set({ lastTestedAt: new Date(), lastTestError: result.ok ? null : result.message, ...(result.ok && { hubId: result.hubId }) })
    .where(eq(hubspotConnections.id, row.id));
  return result;
}

/** The engine's view: settings with the decrypted token, or null when HubSpot is not connected. */
export async function loadHubSpotSettings(db: Db, workspaceId: string): Promise<(Row & { token: string }) | null> {
  const row = await findRow(db, workspaceId);
  return row && { ...row, token: decryptSecret(row.token) };
}

export async function getHubSpotToken(db: Db, workspaceId: string): Promise<string | null> {
  return (await loadHubSpotSettings(db, workspaceId))?.token ?? null;
}
