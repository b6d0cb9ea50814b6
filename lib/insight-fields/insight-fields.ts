import { and, asc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { insightFields } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { variableSchema } from "@/lib/goals/schemas";
import { parseInput } from "@/lib/validation";

export const insightFieldInput = variableSchema.safeExtend({ required: z.boolean().default(false) });
export const insightFieldPatch = z.object({
  name: variableSchema.shape.name,
  type: variableSchema.shape.type,
  description: variableSchema.shape.description,
  options: variableSchema.shape.options,
  required: z.boolean(),
}).partial();

type Row = typeof insightFields.$inferSelect;
const present = (f: Row) => ({ id: f.id, agentId: f.agentId, name: f.name, type: f.type, description: f.description, required: f.required, options: f.options, position: f.position });
export type InsightFieldView = ReturnType<typeof present>;

export async function listInsightFields(ctx: Ctx, agentId: string): Promise<InsightFieldView[]> {
  await getAgentOrThrow(ctx, agentId);
  const rows = await ctx.db.select().from(insightFields).where(and(eq(insightFields.agentId, agentId), eq(insightFields.workspaceId, ctx.workspace.id))).orderBy(asc(insightFields.position));
  return rows.map(present);
}

async function getRow(ctx: Ctx, agentId: string, id: string): Promise<Row> {
  const [row] = await ctx.db.select().from(insightFields).where(and(eq(insightFields.id, id), eq(insightFields.agentId, agentId), eq(insightFields.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Insight field");
  return row;
}

async function assertNameFree(ctx: Ctx, agentId: string, name: string, exceptId?: string) {
  const [taken] = await ctx.db.select({ id: insightFields.id }).from(insightFields).where(and(eq(insightFields.agentId, agentId), eq(insightFields.name, name), exceptId ? ne(insightFields.id, exceptId) : undefined));
  if (taken) throw new ConflictError(`A field named "${name}" already exists`, { issues: [{ path: "name", message: "a field with this name already exists for this agent" }] });
}

export async function createInsightField(ctx: Ctx, agentId: string, input: unknown): Promise<InsightFieldView> {
  assertCan(ctx, "definitions.write");
  const data = parseInput(insightFieldInput, input);
  await getAgentOrThrow(ctx, agentId);
  await assertNameFree(ctx, agentId, data.name);
  const [{ last }] = await ctx.db.select({ last: sql<number>`coalesce(max(${insightFields.position}), -1)::int` }).from(insightFields).where(eq(insightFields.agentId, agentId));
  const [row] = await ctx.db.insert(insightFields).values({ ...data, options: data.options ?? null, workspaceId: ctx.workspace.id, agentId, position: last + 1 }).returning();
  return present(row);
}

export async function updateInsightField(ctx: Ctx, agentId: string, id: string, input: unknown): Promise<InsightFieldView> {
  assertCan(ctx, "definitions.write");
  const patch = parseInput(insightFieldPatch, input);
  const row = await getRow(ctx, agentId, id);
  if (patch.name !== undefined) await assertNameFree(ctx, agentId, patch.name, id);
  const merged = parseInput(insightFieldInput, { ...row, options: row.options ?? undefined, ...patch });
  const [saved] = await ctx.db.update(insightFields).set({ ...merged, options: merged.options ?? null }).where(eq(insightFields.id, row.id)).returning();
  return present(saved);
}

export async function deleteInsightField(ctx: Ctx, agentId: string, id: string): Promise<void> {
  assertCan(ctx, "definitions.write");
  const row = await getRow(ctx, agentId, id);
  await ctx.db.delete(insightFields).where(eq(insightFields.id, row.id));
}
