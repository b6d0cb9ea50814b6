import { z } from "zod";
import { batchInput } from "@/lib/conversations/ingest-batch";
import { conversationInputSchema, END_REASONS, LIMITS, SPEAKERS } from "@/lib/conversations/input-schema";
import { conversationFilters } from "@/lib/conversations/list-conversations";
import { endpoint } from "../endpoint";

const contact = z.object({ name: z.string().nullable(), phone: z.string().nullable().describe("E.164"), email: z.string().nullable(), company: z.string().nullable() });
export const conversationSummarySchema = z.object({
  id: z.string(),
  externalId: z.string(),
  agentId: z.string(),
  agentName: z.string().nullable(),
  source: z.string(),
  direction: z.string(),
  callType: z.string(),
  contact,
  startedAt: z.string().nullable(),
  endedAt: z.string(),
  durationSeconds: z.number().nullable(),
  endReason: z.enum(END_REASONS),
  recordingUrl: z.string().nullable(),
  turnCount: z.number().int(),
  status: z.enum(["received", "evaluating", "evaluated", "failed"]),
  outcome: z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable(),
  createdAt: z.string(),
});
export const conversationDetailSchema = conversationSummarySchema.extend({
  transcript: z.array(z.object({ speaker: z.enum(SPEAKERS), text: z.string(), startMs: z.number().nullish(), endMs: z.number().nullish() })),
  metadata: z.record(z.string(), z.unknown()),
  timeline: z.array(z.object({ type: z.string(), detail: z.record(z.string(), z.unknown()).nullable(), at: z.string() })),
  results: z
    .object({
      id: z.string(),
      usage: z.object({ engine: z.string(), model: z.string().nullable(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), durationMs: z.number() }),
      outcome: z.object({ machine: z.record(z.string(), z.unknown()), override: z.record(z.string(), z.unknown()).nullable() }),
      insights: z.object({ sentiment: z.object({ label: z.string(), score: z.number().nullable() }).nullable(), summary: z.string().nullable(), topics: z.array(z.string()), fields: z.record(z.string(), z.unknown()) }),
      goals: z.array(
        z.object({
          key: z.string(),
          title: z.string(),
          revision: z.number().int(),
          status: z.enum(["achieved", "partially_achieved", "not_achieved", "pending_confirmation"]),
          effectiveStatus: z.string(),
          confidence: z.number(),
          rationale: z.string(),
          evidence: z.array(z.object({ turn: z.number().int(), quote: z.string() })),
          variables: z.record(z.string(), z.unknown()),
          reached: z.boolean(),
          branch: z.string().nullable(),
          human: z.record(z.string(), z.unknown()).nullable(),
        }),
      ),
      history: z.array(z.record(z.string(), z.unknown())),
    })
    .nullable()
    .describe("The current evaluation; null until the call has been judged"),
});
const accepted = z.object({ id: z.string(), status: z.string() });

const tag = "Conversations";
export const createConversationEndpoint = endpoint({
  method: "POST",
  path: "/api/v1/conversations",
  summary: "Send a finished call. 202 when stored; 200 with the existing conversation when the externalId was seen before",
  tag,
  permission: "conversations.write",
  body: conversationInputSchema,
  response: accepted,
  status: 202,
  maxBodyBytes: LIMITS.bodyBytes,
});
export const batchConversationsEndpoint = endpoint({
  method: "POST",
  path: "/api/v1/conversations/batch",
  summary: `Send up to ${LIMITS.batchItems} calls; each gets its own answer, and one bad item does not reject the others`,
  tag,
  permission: "conversations.write",
  body: batchInput,
  response: z.object({ results: z.array(z.object({ index: z.number().int(), ok: z.boolean(), id: z.string().optional(), status: z.string().optional(), created: z.boolean().optional(), error: z.unknown().optional() })) }),
  maxBodyBytes: 5 * LIMITS.bodyBytes,
});
export const listConversationsEndpoint = endpoint({ method: "GET", path: "/api/v1/conversations", summary: "List conversations, newest first, with filters and cursor pagination", tag, permission: "workspace.read", query: conversationFilters, response: z.object({ data: z.array(conversationSummarySchema), nextCursor: z.string().nullable() }) });
export const getConversationEndpoint = endpoint({ method: "GET", path: "/api/v1/conversations/{id}", summary: "A conversation with its transcript and timeline", tag, permission: "workspace.read", response: conversationDetailSchema });
export const deleteConversationEndpoint = endpoint({ method: "DELETE", path: "/api/v1/conversations/{id}", summary: "Delete a conversation and everything derived from it", tag, permission: "conversations.write", status: 204 });
