import { z } from "zod";
import { backfillFilter } from "@/lib/evaluation/backfill";
import { confirmationInput, goalOverrideInput, outcomeOverrideInput } from "@/lib/evaluation/overrides";
import { benchInput, testCaseInput } from "@/lib/evaluation/test-bench";
import { endpoint } from "../endpoint";

const tag = "Evaluation";
const conv = "/api/v1/conversations/{id}";
const ok = z.object({ ok: z.literal(true) });
const backfillSchema = z.object({ id: z.string(), status: z.enum(["running", "completed", "cancelled"]), total: z.number().int(), done: z.number().int(), failed: z.number().int(), estimatedCostUsd: z.number(), filter: backfillFilter, createdAt: z.string(), finishedAt: z.string().nullable() });

export const reevaluateEndpoint = endpoint({ method: "POST", path: `${conv}/reevaluate`, summary: "Judge the conversation again against the current definitions (the previous result stays in its history)", tag, permission: "conversations.review", response: z.object({ evaluationId: z.string() }) });
export const confirmObjectiveEndpoint = endpoint({ method: "POST", path: `${conv}/objectives/{key}/confirm`, summary: "Confirm an objective in manual mode (emits objective/completed)", tag, permission: "conversations.review", body: confirmationInput.optional(), response: z.object({ status: z.string() }) });
export const rejectObjectiveEndpoint = endpoint({ method: "POST", path: `${conv}/objectives/{key}/reject`, summary: "Reject an objective in manual mode", tag, permission: "conversations.review", body: confirmationInput.optional(), response: z.object({ status: z.string() }) });
export const overrideGoalEndpoint = endpoint({ method: "PUT", path: `${conv}/overrides/goals/{key}`, summary: "A person's verdict on a goal, kept beside the machine's", tag, permission: "conversations.review", body: goalOverrideInput, response: ok });
export const clearGoalOverrideEndpoint = endpoint({ method: "DELETE", path: `${conv}/overrides/goals/{key}`, summary: "Remove a person's verdict on a goal", tag, permission: "conversations.review", status: 204 });
export const overrideOutcomeEndpoint = endpoint({ method: "PUT", path: `${conv}/overrides/outcome`, summary: "A person's outcome for the call, kept beside the machine's", tag, permission: "conversations.review", body: outcomeOverrideInput, response: z.object({ outcomeId: z.string(), name: z.string() }) });

export const previewBackfillEndpoint = endpoint({ method: "POST", path: "/api/v1/backfills/preview", summary: "How many calls a re-evaluation over these filters would judge, and its estimated cost", tag, permission: "workspace.read", body: backfillFilter, response: z.object({ conversations: z.number().int(), engine: z.string(), estimatedCostUsd: z.number(), filter: backfillFilter }) });
export const startBackfillEndpoint = endpoint({ method: "POST", path: "/api/v1/backfills", summary: "Re-evaluate every call matching the filters against the current definitions", tag, permission: "conversations.review", body: backfillFilter, response: backfillSchema, status: 202 });
export const getBackfillEndpoint = endpoint({ method: "GET", path: "/api/v1/backfills/{id}", summary: "A backfill's progress", tag, permission: "workspace.read", response: backfillSchema });
export const cancelBackfillEndpoint = endpoint({ method: "POST", path: "/api/v1/backfills/{id}/cancel", summary: "Stop a running backfill after the current page", tag, permission: "conversations.review", response: backfillSchema });

const agent = "/api/v1/agents/{id}";
export const agreementEndpoint = endpoint({ method: "GET", path: `${agent}/agreement`, summary: "Machine-vs-human agreement per goal", tag, permission: "workspace.read", response: z.object({ data: z.array(z.object({ goalKey: z.string(), title: z.string(), reviewed: z.number().int(), agreed: z.number().int() })) }) });
export const testBenchEndpoint = endpoint({ method: "POST", path: `${agent}/test-bench`, summary: "Run the agent's current goals on a transcript now (nothing is stored)", tag, permission: "workspace.read", body: benchInput, response: z.object({ transcript: z.array(z.unknown()), result: z.record(z.string(), z.unknown()) }) });
export const listTestCasesEndpoint = endpoint({ method: "GET", path: `${agent}/test-cases`, summary: "The agent's test set", tag, permission: "workspace.read", response: z.object({ data: z.array(z.record(z.string(), z.unknown())) }) });
export const createTestCaseEndpoint = endpoint({ method: "POST", path: `${agent}/test-cases`, summary: "Save a transcript with the verdicts you expect", tag, permission: "definitions.write", body: testCaseInput, response: z.record(z.string(), z.unknown()), status: 201 });
export const deleteTestCaseEndpoint = endpoint({ method: "DELETE", path: `${agent}/test-cases/{caseId}`, summary: "Delete a test case", tag, permission: "definitions.write", status: 204 });
export const runTestSetEndpoint = endpoint({ method: "POST", path: `${agent}/test-cases/run`, summary: "Run the test set against the current goal wording: agreement per goal", tag, permission: "workspace.read", response: z.object({ cases: z.array(z.unknown()), goals: z.array(z.object({ key: z.string(), cases: z.number().int(), agreed: z.number().int(), rate: z.number().nullable() })) }) });
