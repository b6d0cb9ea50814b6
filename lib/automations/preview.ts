import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { conversations } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import { loadFacts } from "./facts";
import { matchesTrigger } from "./match";
import { triggerSchema } from "./rule-schema";

export const previewInput = z.object({ agentId: z.string().min(1).nullable().default(null), trigger: triggerSchema, sample: z.number().int().min(1).max(1000).default(100) });

/** "Would have matched 12 of the last 100 conversations": the trigger tried on recent evaluated calls. */
export async function previewAutomation(ctx: Ctx, input: unknown) {
  const { agentId, trigger, sample } = parseInput(previewInput, input);
  const recent = await ctx.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, ctx.workspace.id), eq(conversations.status, "evaluated"), agentId ? eq(conversations.agentId, agentId) : undefined))
    .orderBy(desc(conversations.endedAt))
    .limit(sample);
  const facts = await loadFacts(ctx.db, recent.map((r) => r.id));
  const matched = recent.filter((r) => facts.has(r.id) && matchesTrigger(trigger, facts.get(r.id)!)).map((r) => r.id);
  return { matched: matched.length, of: recent.length, examples: matched.slice(0, 5) };
}
