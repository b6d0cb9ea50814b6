/** How the engine should treat a failed delivery: retry later with backoff, or give up now. */

/** 408 and 429 ask to come back later and 5xx is the receiver's trouble; any other 4xx will fail the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

const CERTIFICATE_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT_ALTNAME/;

/**
 * Timeouts and connection errors (refused, reset, DNS failures) are transient. A refused address and a
 * certificate the receiver must fix are not: retrying in a few minutes would only fail again.
 */
export function describeNetworkError(error: unknown, timeoutMs: number): { error: string; retryable: boolean } {
  const err = error as NodeJS.ErrnoException;
  if (err?.name === "RefusedAddressError") return { error: err.message, retryable: false };
  if (err?.name === "TimeoutError") return { error: `timed out after ${timeoutMs} ms`, retryable: true };
  const code = typeof err?.code === "string" ? err.code : "";
  if (CERTIFICATE_ERROR.test(code)) return { error: `TLS certificate not accepted (${code}): ${err.message}`, retryable: false };
  // Happy-eyeballs connects report an AggregateError whose message is empty; name the attempts instead.
  const message = err?.message || (err instanceof AggregateError ? err.errors.map((e: Error) => e.message).join("; ") : String(error));
  return { error: code ? `${code}: ${message}` : message, retryable: true };
}

/** Retry-After as seconds (delta or HTTP date), when a receiver sent one. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
