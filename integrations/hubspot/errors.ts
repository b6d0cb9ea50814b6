import { z } from "zod";

/**
 * Every failure of a HubSpot operation is one of these, so the automation engine decides by
 * `retryable` (and `retryAfterMs`) alone: retry later, or record a permanent failure.
 */
export class HubSpotError extends Error {
  constructor(
    message: string,
    /** HTTP status HubSpot answered, or null when there was no answer (network) or no request. */
    readonly status: number | null,
    readonly retryable: boolean,
    /** HubSpot's `category`, e.g. "VALIDATION_ERROR", "INVALID_AUTHENTICATION". */
    readonly category?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 429: HubSpot's rate limit. Retry no sooner than `retryAfterMs`. */
export class RetryLaterError extends HubSpotError {
  constructor(
    readonly retryAfterMs: number,
    message: string,
    category?: string,
  ) {
    super(message, 429, true, category);
  }
}

/** 5xx, 408/423, or HubSpot unreachable: worth retrying with backoff. */
export class HubSpotServerError extends HubSpotError {
  constructor(message: string, status: number | null, category?: string) {
    super(message, status, true, category);
  }
}

/** 4xx other than 429 (401 bad token, 403 missing scope, 400 validation): retrying will not help. */
export class HubSpotRequestError extends HubSpotError {
  constructor(message: string, status: number, category?: string) {
    super(message, status, false, category);
  }
}

/** Debrief cannot sync at all (no connection, no email or phone): fix the setup or the data. */
export class HubSpotSetupError extends HubSpotError {
  constructor(message: string) {
    super(message, null, false);
  }
}

// HubSpot's error body: { status: "error", message, correlationId, category, errors?: [...] }
const errorBody = z.object({ message: z.string().optional(), category: z.string().optional() }).loose();

/** When no Retry-After comes with a 429, wait out HubSpot's ten-second rolling window. */
export const DEFAULT_RETRY_AFTER_MS = 10_000;

/** Retry-After is delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number {
  if (!value) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}

/** Maps one non-2xx answer to the error the engine acts on; `headers` keys are lower-case. */
export function errorFromResponse(status: number, headers: Record<string, string>, bodyText: string): HubSpotError {
  let parsed: z.infer<typeof errorBody> = {};
  try {
    parsed = errorBody.parse(JSON.parse(bodyText));
  } catch {
    // Proxies answer 502/504 with HTML; the status says enough.
  }
  const message = `HubSpot answered ${status}${parsed.message ? `: ${parsed.message}` : ""}`;
  if (status === 429) return new RetryLaterError(parseRetryAfter(headers["retry-after"]), message, parsed.category);
  if (status >= 500 || status === 408 || status === 423) return new HubSpotServerError(message, status, parsed.category);
  return new HubSpotRequestError(message, status, parsed.category);
}

/** The fields of the engine's "failed" outcome for whatever a HubSpot operation threw. */
export function hubspotFailure(error: unknown): { retryable: boolean; error: string; responseStatus: number | null; retryAfterMs?: number } {
  if (error instanceof RetryLaterError) return { retryable: true, error: error.message, responseStatus: 429, retryAfterMs: error.retryAfterMs };
  if (error instanceof HubSpotError) return { retryable: error.retryable, error: error.message, responseStatus: error.status };
  // Not HubSpot's answer (e.g. the database): every step is idempotent, so another attempt is safe.
  return { retryable: true, error: error instanceof Error ? error.message : String(error), responseStatus: null };
}
