import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { outcomes } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { outcomeInput, outcomePatch } from "./schemas";

type OutcomeRow = typeof outcomes.$inferSelect;

export function presentOutcome(o: OutcomeRow) {
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    color: o.color,
    isConversion: o.isConversion,
    standard: o.standardKey !== null,
    standardKey: o.standardKey,
    hidden: o.hidden,
    archived: o.archivedAt !== null,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
export type OutcomeView = ReturnType<typeof presentOutcome>;

export async function listOutcomes(ctx: Ctx, { archived = false }: { archived?: boolean } = {}): Promise<OutcomeView[]> {
  const rows = await ctx.db
    .select()
    .from(outcomes)
    .where(and(eq(outcomes.workspaceId, ctx.workspace.id), archived ? isNotNull(outcomes.archivedAt) : isNull(outcomes.archivedAt)))
    .orderBy(asc(outcomes.position), asc(outcomes.createdAt));
  return rows.map(presentOutcome);
}

async function getOutcomeRow(ctx: Ctx, id: string): Promise<OutcomeRow> {
  const [row] = await ctx.db.select().from(outcomes).where(and(eq(outcomes.id, id), eq(outcomes.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Outcome");
  return row;
}

export const getOutcome = async (ctx: Ctx, id: string) => presentOutcome(await getOutcomeRow(ctx, id));

async function assertNameFree(ctx: Ctx, name: string, exceptId?: string) {
  const [taken] = await ctx.db
    .select({ id: outcomes.id })
    .from(outcomes)
    .where(and(eq(outcomes.workspaceId, ctx.workspace.id), sql`lower(${outcomes.name}) = ${name.toLowerCase()}`, exceptId ? ne(outcomes.id, exceptId) : undefined));
  if (taken) throw new ConflictError(`An outcome named "${name}" already exists`, { issues: [{ path: "name", message: "an outcome with this name already exists" }] });
}

export async function createOutcome(ctx: Ctx, input: unknown): Promise<OutcomeView> {
  assertCan(ctx, "definitions.write");
  const data = parseInput(outcomeInput, input);
  await assertNameFree(ctx, data.name);
  const [{ last }] = await ctx.db.select({ last: sql<number>`coalesce(max(${outcomes.position}), -1)::int` }).from(outcomes).where(eq(outcomes.workspaceId, ctx.workspace.id));
  const [row] = await ctx.db.insert(outcomes).values({ ...data, workspaceId: ctx.workspace.id, position: last + 1 }).returning();
  return presentOutcome(row);
}

/** Standard outcomes may be reworded and hidden; their names stay, since automations and reports use them. */
export async function updateOutcome(ctx: Ctx, id: string, input: unknown): Promise<OutcomeView> {
  assertCan(ctx, "definitions.write");
  const patch = parseInput(outcomePatch, input);
  const row = await getOutcomeRow(ctx, id);
  if (row.standardKey && patch.name !== undefined && patch.name !== row.name) throw InvalidError.field("name", "a standard outcome keeps its name; edit its description, or hide it");
  if (patch.name !== undefined) await assertNameFree(ctx, patch.name, id);
  const [saved] = await ctx.db.update(outcomes).set({ ...patch, updatedAt: new Date() }).where(and(eq(outcomes.id, id), eq(outcomes.workspaceId, ctx.workspace.id))).returning();
  return presentOutcome(saved);
}

export async function setOutcomeArchived(ctx: Ctx, id: string, archived: boolean): Promise<OutcomeView> {
  assertCan(ctx, "definitions.write");
  const row = await getOutcomeRow(ctx, id);
  if (row.standardKey && archived) throw InvalidError.field("archived", "standard outcomes cannot be archived; hide it instead");
  const [saved] = await ctx.db
    .update(outcomes)
    .set({ archivedAt: archived ? (row.archivedAt ?? new Date()) : null, updatedAt: new Date() })
    .where(and(eq(outcomes.id, id), eq(outcomes.workspaceId, ctx.workspace.id)))
    .returning();
  return presentOutcome(saved);
}

export async function deleteOutcome(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "definitions.write");
  const row = await getOutcomeRow(ctx, id);
  if (row.standardKey) throw new ConflictError("Standard outcomes cannot be deleted; hide it instead");
  await ctx.db.delete(outcomes).where(and(eq(outcomes.id, id), eq(outcomes.workspaceId, ctx.workspace.id)));
}
