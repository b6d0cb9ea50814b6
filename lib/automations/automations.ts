import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { agents, automations } from "@/db/schema";
import { assertCan, type Ctx } from "@/lib/context";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { automationInput, automationPatch, type AutomationAction, type AutomationActionInput } from "./rule-schema";

type Row = typeof automations.$inferSelect;

/** The rule as the API shows it; webhook secrets are never included here (see `secrets` on create/rotate). */
export function presentAutomation(row: Row) {
  return { id: row.id, name: row.name, agentId: row.agentId, enabled: row.enabled, trigger: row.trigger, actions: row.actions, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
export type AutomationView = ReturnType<typeof presentAutomation>;

const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

/**
 * Gives every action a stable id (kept when the client sends it back) so deliveries stay linked
 * across edits. An action sent without an id inherits the id of the action that had its place
 * before only when that one had the same type and no other action claims its id: otherwise
 * removing one action and adding another would give two actions one id (and one effect key).
 */
export function withIds(actions: AutomationActionInput[] & { type: string }[], previous: AutomationAction[] = []): AutomationAction[] {
  const used = new Set(actions.map((a) => a.id).filter((id): id is string => Boolean(id)));
  return actions.map((action, i) => {
    const before = previous[i];
    const inherited = before && before.type === action.type && !used.has(before.id) ? before.id : undefined;
    const id = action.id ?? inherited ?? `a_${randomBytes(4).toString("hex")}`;
    used.add(id);
    return { ...action, id } as AutomationAction;
  });
}

async function assertAgent(ctx: Ctx, agentId: string | null) {
  if (!agentId) return;
  const [agent] = await ctx.db.select({ id: agents.id }).from(agents).where(and(eq(agents.id, agentId), eq(agents.workspaceId, ctx.workspace.id)));
  if (!agent) throw InvalidError.field("agentId", "no agent with this id in this workspace");
}

/** Webhook actions without a secret get one; the plain secrets are returned once. */
function sealNewSecrets(actions: AutomationAction[], sealed: Record<string, string>) {
  const shown: Record<string, string> = {};
  const next: Record<string, string> = {};
  for (const action of actions) {
    if (action.type !== "webhook") continue;
    if (sealed[action.id]) next[action.id] = sealed[action.id];
    else {
      shown[action.id] = newSecret();
      next[action.id] = encryptSecret(shown[action.id]);
    }
  }
  return { sealed: next, shown };
}

export async function createAutomation(ctx: Ctx, input: unknown) {
  assertCan(ctx, "automations.manage");
  const data = parseInput(automationInput, input);
  await assertAgent(ctx, data.agentId);
  const actions = withIds(data.actions);
  const { sealed, shown } = sealNewSecrets(actions, {});
  const [row] = await ctx.db.insert(automations).values({ workspaceId: ctx.workspace.id, name: data.name, agentId: data.agentId, enabled: data.enabled, trigger: data.trigger, actions, secrets: sealed }).returning();
  return { ...presentAutomation(row), secrets: shown };
}

export async function getAutomationRow(ctx: Ctx, id: string): Promise<Row> {
  const [row] = await ctx.db.select().from(automations).where(and(eq(automations.id, id), eq(automations.workspaceId, ctx.workspace.id)));
  if (!row) throw new NotFoundError("Automation");
  return row;
}

export const getAutomation = async (ctx: Ctx, id: string) => presentAutomation(await getAutomationRow(ctx, id));

export async function listAutomations(ctx: Ctx) {
  const rows = await ctx.db.select().from(automations).where(eq(automations.workspaceId, ctx.workspace.id)).orderBy(desc(automations.createdAt));
  return rows.map(presentAutomation);
}

export async function updateAutomation(ctx: Ctx, id: string, input: unknown) {
  assertCan(ctx, "automations.manage");
  const patch = parseInput(automationPatch, input);
  const row = await getAutomationRow(ctx, id);
  if (patch.agentId !== undefined) await assertAgent(ctx, patch.agentId);
  const actions = patch.actions ? withIds(patch.actions, row.actions) : row.actions;
  const merged = parseInput(automationInput, { name: row.name, agentId: row.agentId, enabled: row.enabled, trigger: row.trigger, ...patch, actions });
  const { sealed, shown } = sealNewSecrets(actions, row.secrets);
  const [saved] = await ctx.db
    .update(automations)
    .set({ name: merged.name, agentId: merged.agentId, enabled: merged.enabled, trigger: merged.trigger, actions, secrets: sealed, updatedAt: new Date() })
    .where(eq(automations.id, id))
    .returning();
  return { ...presentAutomation(saved), secrets: shown };
}

export async function deleteAutomation(ctx: Ctx, id: string) {
  assertCan(ctx, "automations.manage");
  await getAutomationRow(ctx, id);
  await ctx.db.delete(automations).where(and(eq(automations.id, id), eq(automations.workspaceId, ctx.workspace.id)));
}

/** A new signing secret for one webhook action; the old one stops working at once. */
export async function rotateWebhookSecret(ctx: Ctx, id: string, actionId: string) {
  assertCan(ctx, "automations.manage");
  const row = await getAutomationRow(ctx, id);
  if (!row.actions.some((a) => a.id === actionId && a.type === "webhook")) throw new NotFoundError("Webhook action");
  const secret = newSecret();
  await ctx.db.update(automations).set({ secrets: { ...row.secrets, [actionId]: encryptSecret(secret) }, updatedAt: new Date() }).where(eq(automations.id, id));
  return { actionId, secret };
}
