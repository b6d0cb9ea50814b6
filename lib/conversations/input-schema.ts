import { z } from "zod";

/** Limits that keep one request from exhausting memory or the evaluator. */
export const LIMITS = { bodyBytes: 1024 * 1024, turns: 5_000, turnChars: 50_000, batchItems: 100 } as const;

export const SOURCES = ["api", "vapi", "retell", "elevenlabs", "generic", "import"] as const;
export const DIRECTIONS = ["inbound", "outbound"] as const;
export const CALL_TYPES = ["individual", "campaign"] as const;
export const SPEAKERS = ["agent", "customer", "system"] as const;
/** How a call ended. voicemail, no-answer and busy mean no conversation took place. */
export const END_REASONS = ["completed", "voicemail", "no-answer", "busy", "failed", "transferred", "customer-ended", "agent-ended", "timeout", "other"] as const;
export type EndReason = (typeof END_REASONS)[number];

export const turnSchema = z.object({
  speaker: z.enum(SPEAKERS, { error: `must be one of ${SPEAKERS.join(", ")}` }),
  text: z.string({ error: "is required" }).max(LIMITS.turnChars, `must be at most ${LIMITS.turnChars} characters`),
  startMs: z.number().int().nonnegative().nullish(),
  endMs: z.number().int().nonnegative().nullish(),
});
export type TurnInput = z.infer<typeof turnSchema>;

export const contactSchema = z.object({
  name: z.string().trim().max(200).nullish(),
  /** Any common format; stored as E.164. */
  phone: z.string().trim().max(40).nullish(),
  email: z.email({ error: "must be a valid email address" }).nullish(),
  company: z.string().trim().max(200).nullish(),
});

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time, e.g. 2026-11-20T15:04:05Z" });

/**
 * One conversation as it arrives from the API, a provider webhook (after its mapper) or an
 * import row. `transcript` is either turns or plain text in `Speaker: text` lines.
 */
export const conversationInputSchema = z
  .object({
    externalId: z.string({ error: "is required" }).trim().min(1, "is required").max(200),
    agentId: z.string().min(1).nullish(),
    /** Finds the agent by one of its phone numbers when agentId is not given. */
    agentPhoneNumber: z.string().trim().max(40).nullish(),
    source: z.enum(SOURCES).default("api"),
    direction: z.enum(DIRECTIONS, { error: `must be one of ${DIRECTIONS.join(", ")}` }).default("inbound"),
    callType: z.enum(CALL_TYPES, { error: `must be one of ${CALL_TYPES.join(", ")}` }).default("individual"),
    startedAt: isoDate.nullish(),
    endedAt: isoDate.nullish(),
    durationSeconds: z.number().nonnegative().max(7 * 86_400, "must be at most 604800 (7 days)").nullish(),
    endReason: z.enum(END_REASONS, { error: `must be one of ${END_REASONS.join(", ")}` }).default("completed"),
    contact: contactSchema.nullish(),
    recordingUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    transcript: z.union([
      z.array(turnSchema).max(LIMITS.turns, `must have at most ${LIMITS.turns} turns`),
      z.string().max(LIMITS.turns * 200, "is too long"),
    ]),
  })
  .refine((v) => !v.startedAt || !v.endedAt || Date.parse(v.startedAt) <= Date.parse(v.endedAt), {
    path: ["endedAt"],
    message: "must not be before startedAt",
  })
  .refine((v) => v.agentId || v.agentPhoneNumber, { path: ["agentId"], message: "is required (or give agentPhoneNumber)" });

export type ConversationInput = z.input<typeof conversationInputSchema>;
export type ParsedConversationInput = z.output<typeof conversationInputSchema>;
