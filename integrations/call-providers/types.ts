import type { z } from "zod";
import { conversationInputSchema, type ConversationInput, type SOURCES } from "@/lib/conversations/input-schema";
import { InvalidError } from "@/lib/errors";

/** Every provider is also a conversation `source`, so a mapped conversation can say where it came from. */
export const CALL_PROVIDER_NAMES = ["vapi", "retell", "elevenlabs", "generic"] as const satisfies readonly (typeof SOURCES)[number][];
export type CallProvider = (typeof CALL_PROVIDER_NAMES)[number];

/** The request exactly as received: signatures are computed over the raw bytes, never re-serialised JSON. */
export interface WebhookRequest {
  rawBody: string;
  headers: Headers;
}

/** `reason` is safe to return to the caller: it names what failed, never the expected value. */
export type Verification = { ok: true } | { ok: false; reason: string };

/**
 * `eventId` identifies the delivery (for logs and de-duplication of retries); `conversation.externalId`
 * identifies the call, so two events about one call (Retell call_ended + call_analyzed) share it.
 */
export type Mapped =
  | { kind: "conversation"; conversation: ConversationInput; eventId: string }
  | { kind: "ignored"; reason: string };

export interface CallProviderAdapter<P extends CallProvider = CallProvider> {
  provider: P;
  label: string;
  /**
   * What the Integrations page tells the user. `secretOrigin` says who creates the secret:
   * "debrief" = generate one and show it for the user to paste into the provider;
   * "provider" = the provider issues it and the user pastes it into Debrief.
   */
  setup: { secretLabel: string; secretOrigin: "debrief" | "provider"; instructions: string[] };
  /** Authenticates the request and refuses replays; never throws. `now` is injected for tests. */
  verify(request: WebhookRequest, secret: string, now: Date): Verification;
  /** Maps a verified, JSON-parsed body; throws InvalidError with field paths when it is malformed. */
  map(payload: unknown): Mapped;
}

/** Parses a provider payload, turning zod issues into an InvalidError whose paths name the payload's fields. */
export function parsePayload<T extends z.ZodType>(schema: T, payload: unknown): z.output<T> {
  const result = schema.safeParse(payload);
  if (!result.success) throw InvalidError.fromZod(result.error);
  return result.data;
}

/**
 * Every adapter ends here, so `map` keeps its promise that what it returns passes
 * `conversationInputSchema` (the route parses again; the cost is negligible). `agentIdPath` names
 * the payload field to fill when the call has no phone number to find the agent by (web calls).
 */
export function conversationMapped(conversation: ConversationInput, eventId: string, agentIdPath: string): Mapped {
  if (!conversation.agentId && !conversation.agentPhoneNumber) {
    throw InvalidError.field(agentIdPath, "is required when the call has no phone number to find the Debrief agent by");
  }
  const result = conversationInputSchema.safeParse(conversation);
  if (!result.success) throw InvalidError.fromZod(result.error);
  return { kind: "conversation", conversation, eventId };
}

/** Epoch milliseconds → ISO 8601, or null when absent or not a real time. */
export function isoFromMs(ms: number | null | undefined): string | null {
  if (ms == null || !Number.isFinite(ms)) return null;
  return new Date(ms).toISOString();
}

/**
 * A provider's recording link if it is an http(s) URL, else null: a link Debrief cannot play
 * (s3://, a relative path) should cost the recording, not the whole call.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}

/** Debrief's own agent id, when the user put one in the provider's call metadata (`debriefAgentId`). */
export function debriefAgentId(...sources: (Record<string, unknown> | null | undefined)[]): string | null {
  for (const source of sources) {
    const id = source?.debriefAgentId;
    if (typeof id === "string" && id.trim()) return id.trim();
  }
  return null;
}
