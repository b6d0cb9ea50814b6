import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { agentTestCases } from "@/db/schema";
import { getAgentOrThrow } from "@/lib/agents/get-agent";
import { assertCan, type Ctx } from "@/lib/context";
import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { parseInput, nameSchema } from "@/lib/validation";
import { getEvaluator } from "./evaluator";
import { loadAgentDefinitions } from "./load-definitions";
import { runEvaluation } from "./run-evaluation";
import { parseTranscriptText } from "./transcript-text";
import { GOAL_STATUSES, type EvaluationResult, type Turn } from "./types";

const transcriptField = conversationInputSchema.shape.transcript;
export const benchInput = z.object({
  transcript: transcriptField,
  callDate: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
});

function toTurns(transcript: z.infer<typeof transcriptField>): Turn[] {
  const turns = typeof transcript === "string" ? parseTranscriptText(transcript) : transcript;
  if (turns.length === 0) throw InvalidError.field("transcript", 'no turns: paste "Agent: …" / "Customer: …" lines');
  return turns;
}

async function judge(ctx: Ctx, agentId: string, transcript: Turn[], callDate?: string): Promise<EvaluationResult> {
  const definitions = await loadAgentDefinitions(ctx.db, agentId, null);
  return runEvaluation(getEvaluator(), { ...definitions.input, transcript, callDate: callDate ?? new Date().toISOString() });
}

/** Runs the agent's current goals on a pasted transcript now; nothing is stored. */
export async function runTestBench(ctx: Ctx, agentId: string, input: unknown) {
  await getAgentOrThrow(ctx, agentId);
  const { transcript, callDate } = parseInput(benchInput, input);
  const turns = toTurns(transcript);
  return { transcript: turns, result: await judge(ctx, agentId, turns, callDate) };
}

export const testCaseInput = benchInput.extend({
  name: nameSchema("Name", 120),
  expected: z.record(z.string().min(1), z.enum(GOAL_STATUSES, { error: `must be one of ${GOAL_STATUSES.join(", ")}` })).refine((e) => Object.keys(e).length > 0, "name at least one goal and its expected status"),
});

export async function saveTestCase(ctx: Ctx, agentId: string, input: unknown) {
  assertCan(ctx, "definitions.write");
  await getAgentOrThrow(ctx, agentId);
  const data = parseInput(testCaseInput, input);
  const [row] = await ctx.db
    .insert(agentTestCases)
    .values({ workspaceId: ctx.workspace.id, agentId, name: data.name, transcript: toTurns(data.transcript), callDate: data.callDate ? new Date(data.callDate) : null, expected: data.expected })
    .returning();
  return row;
}

export async function listTestCases(ctx: Ctx, agentId: string) {
  await getAgentOrThrow(ctx, agentId);
  return ctx.db.select().from(agentTestCases).where(and(eq(agentTestCases.agentId, agentId), eq(agentTestCases.workspaceId, ctx.workspace.id))).orderBy(asc(agentTestCases.createdAt));
}

export async function deleteTestCase(ctx: Ctx, agentId: string, id: string) {
  assertCan(ctx, "definitions.write");
  const rows = await ctx.db.delete(agentTestCases).where(and(eq(agentTestCases.id, id), eq(agentTestCases.agentId, agentId), eq(agentTestCases.workspaceId, ctx.workspace.id))).returning({ id: agentTestCases.id });
  if (rows.length === 0) throw new NotFoundError("Test case");
}

/** Runs every saved case against the current goal wording and reports agreement per goal. */
export async function runTestSet(ctx: Ctx, agentId: string) {
  const cases = await listTestCases(ctx, agentId);
  const perGoal = new Map<string, { cases: number; agreed: number }>();
  const runs = [];
  for (const testCase of cases) {
    const result = await judge(ctx, agentId, testCase.transcript, testCase.callDate?.toISOString());
    const checks = Object.entries(testCase.expected).map(([key, expected]) => {
      const actual = result.goals.find((g) => g.key === key)?.status ?? "missing";
      const tally = perGoal.get(key) ?? { cases: 0, agreed: 0 };
      tally.cases += 1;
      if (actual === expected) tally.agreed += 1;
      perGoal.set(key, tally);
      return { key, expected, actual, agreed: actual === expected };
    });
    runs.push({ id: testCase.id, name: testCase.name, checks });
  }
  return {
    cases: runs,
    goals: [...perGoal].map(([key, t]) => ({ key, cases: t.cases, agreed: t.agreed, rate: t.cases ? t.agreed / t.cases : null })),
  };
}
