import { randomBytes } from "node:crypto";
import { and, desc, eq, lte } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { conversations, conversions, workspaces } from "@/db/schema";
import { assertCan, type Ctx, type WorkspaceRef } from "@/lib/context";
import { InvalidError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { toE164 } from "@/lib/phone";
import { parseInput } from "@/lib/validation";
import { recordEvents } from "@/lib/events/record-event";

/** The conversion API's fields, named as call-tracking tools send them. */
export const conversionInput = z.object({
  phone_number: z.string({ error: "is required" }).trim().min(1, "is required"),
  team_id: z.string({ error: "is required (the workspace id shown in Integrations)" }).min(1),
  object_type: z.literal("voice_call", { error: "must be voice_call" }).default("voice_call"),
  event_type: z.enum(["lead", "sale"], { error: "must be lead or sale" }),
  event_profit: z.coerce.number({ error: "must be a number" }).min(-1e9).max(1e9).optional(),
});

type Source = "api" | "pixel" | "manual";

/**
 * Records a conversion and ties it to the latest call with that number in the workspace. An
 * unknown number is kept as unmatched, never dropped. Emits conversion/recorded.
 */
export async function recordConversion(ctx: Ctx, input: unknown, source: Source = "api") {
  assertCan(ctx, "conversations.write");
  const data = parseInput(conversionInput, input);
  if (data.team_id !== ctx.workspace.id) throw InvalidError.field("team_id", "does not match this workspace (see Integrations → Conversion tracking)");
  const phone = toE164(data.phone_number);
  if (!phone) throw InvalidError.field("phone_number", `"${data.phone_number}" is not a phone number`);
  const now = new Date();
  const [call] = await ctx.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, ctx.workspace.id), eq(conversations.contactPhone, phone), lte(conversations.endedAt, now)))
    .orderBy(desc(conversations.endedAt))
    .limit(1);
  return storeConversion(ctx, { conversationId: call?.id ?? null, phoneNumber: phone, eventType: data.event_type, profit: data.event_profit ?? null, source, occurredAt: now });
}

async function storeConversion(ctx: Ctx, values: { conversationId: string | null; phoneNumber: string | null; eventType: "lead" | "sale"; profit: number | null; source: Source; occurredAt: Date }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(conversions).values({ ...values, workspaceId: ctx.workspace.id, matched: values.conversationId !== null }).returning();
    await recordEvents(tx, { name: "conversion/recorded", data: { workspaceId: ctx.workspace.id, conversionId: row.id, conversationId: row.conversationId } });
    return presentConversion(row);
  });
}

export const markConversionInput = z.object({
  eventType: z.enum(["lead", "sale"], { error: "must be lead or sale" }),
  profit: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number({ error: "must be a number" }).min(-1e9).max(1e9).optional()),
});

/** A person marks a conversation as a conversion (with the profit it brought, when known). */
export async function markConversation(ctx: Ctx, conversationId: string, input: unknown) {
  assertCan(ctx, "conversations.review");
  const data = parseInput(markConversionInput, input);
  const [call] = await ctx.db.select({ id: conversations.id, phone: conversations.contactPhone }).from(conversations).where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, ctx.workspace.id)));
  if (!call) throw new NotFoundError("Conversation");
  return storeConversion(ctx, { conversationId: call.id, phoneNumber: call.phone, eventType: data.eventType, profit: data.profit ?? null, source: "manual", occurredAt: new Date() });
}

export function presentConversion(row: typeof conversions.$inferSelect) {
  return { id: row.id, conversationId: row.conversationId, matched: row.matched, phoneNumber: row.phoneNumber, eventType: row.eventType, profit: row.profit, currency: row.currency, source: row.source, occurredAt: row.occurredAt };
}

export async function listConversions(ctx: Ctx, { conversationId, limit = 50 }: { conversationId?: string; limit?: number } = {}) {
  const rows = await ctx.db
    .select()
    .from(conversions)
    .where(and(eq(conversions.workspaceId, ctx.workspace.id), conversationId ? eq(conversions.conversationId, conversationId) : undefined))
    .orderBy(desc(conversions.occurredAt))
    .limit(Math.min(limit, 200));
  return rows.map(presentConversion);
}

/** The workspace's pixel token, made on first use; `rotate` replaces it (old pixels stop working). */
export async function conversionPixelToken(ctx: Ctx, { rotate = false } = {}): Promise<string> {
  const [row] = await ctx.db.select({ token: workspaces.conversionPixelToken }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  if (row?.token && !rotate) return row.token;
  if (rotate) assertCan(ctx, "integrations.manage");
  const token = `px_${randomBytes(18).toString("base64url")}`;
  await ctx.db.update(workspaces).set({ conversionPixelToken: token }).where(eq(workspaces.id, ctx.workspace.id));
  return token;
}

/** The context a tracking pixel acts in: only recording conversions, for the workspace the token names. */
export async function pixelContext(db: Db, token: string | null): Promise<Ctx> {
  if (!token) throw new UnauthorizedError("Missing API key or pixel token");
  const [row] = await db.select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.conversionPixelToken, token));
  if (!row) throw new UnauthorizedError("Invalid pixel token");
  const workspace: WorkspaceRef = row;
  return { db, workspace, actor: { type: "pixel", role: "member" } };
}
