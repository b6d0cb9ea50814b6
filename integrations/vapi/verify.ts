import { OK, MINUTE_MS, checkTimestamp, fail, hmacSha256Hex, parseIntStrict, requireSecret, safeEqual } from "@/integrations/call-providers/signing";
import type { Verification, WebhookRequest } from "@/integrations/call-providers/types";

/**
 * Vapi authenticates with a credential the user picks (docs.vapi.ai/server-url/server-authentication):
 * - the server secret, sent verbatim in `X-Vapi-Secret` (the legacy inline `secret`, or a Bearer
 *   credential with that header name and no prefix);
 * - a Bearer credential with its defaults: `Authorization: Bearer <secret>`;
 * - an HMAC credential with its documented defaults: sha256, hex, over `{timestamp}.{body}`, in the
 *   `x-signature` and `x-timestamp` headers. The timestamp's unit is not documented, so seconds,
 *   milliseconds and ISO 8601 are all accepted; it is signed, so this widens nothing.
 * A static secret cannot stop a replay, so `message.timestamp` (epoch ms) is checked as well.
 */
export const VAPI_SECRET_HEADER = "X-Vapi-Secret";
export const VAPI_HMAC_SIGNATURE_HEADER = "x-signature";
export const VAPI_HMAC_TIMESTAMP_HEADER = "x-timestamp";
const MESSAGE_MAX_AGE_MS = 10 * MINUTE_MS;
const HMAC_MAX_AGE_MS = 5 * MINUTE_MS;

export function verifyVapi({ rawBody, headers }: WebhookRequest, secret: string, now: Date): Verification {
  const auth = requireSecret(secret) ?? authenticate(rawBody, headers, secret, now);
  return auth.ok ? checkMessageTimestamp(rawBody, now) : auth;
}

function authenticate(rawBody: string, headers: Headers, secret: string, now: Date): Verification {
  const staticSecret = headers.get(VAPI_SECRET_HEADER);
  if (staticSecret !== null) {
    return safeEqual(staticSecret, secret) ? OK : fail(`${VAPI_SECRET_HEADER} header does not match the configured secret`);
  }
  const signature = headers.get(VAPI_HMAC_SIGNATURE_HEADER);
  if (signature !== null) return verifyHmac(rawBody, signature, headers.get(VAPI_HMAC_TIMESTAMP_HEADER), secret, now);
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (bearer !== undefined) {
    return safeEqual(bearer.trim(), secret) ? OK : fail("Authorization bearer token does not match the configured secret");
  }
  return fail(`missing ${VAPI_SECRET_HEADER} header (or Authorization: Bearer, or ${VAPI_HMAC_SIGNATURE_HEADER} from a Vapi HMAC credential)`);
}

function verifyHmac(rawBody: string, signature: string, timestamp: string | null, secret: string, now: Date): Verification {
  if (!timestamp) return fail(`missing ${VAPI_HMAC_TIMESTAMP_HEADER} header; keep "include timestamp" on in the Vapi HMAC credential`);
  const timestampMs = parseTimestamp(timestamp);
  if (timestampMs === null) return fail(`malformed ${VAPI_HMAC_TIMESTAMP_HEADER} header; expected a Unix time or ISO 8601 date`);
  const given = signature.trim().replace(/^sha256=/i, "").toLowerCase();
  if (!safeEqual(given, hmacSha256Hex(secret, `${timestamp}.${rawBody}`))) return fail("signature does not match");
  return checkTimestamp(timestampMs, now, HMAC_MAX_AGE_MS);
}

function parseTimestamp(value: string): number | null {
  const n = parseIntStrict(value.trim());
  if (n !== null) return n < 1e12 ? n * 1000 : n;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Checked after authentication, so an unauthenticated caller learns nothing from it. */
function checkMessageTimestamp(rawBody: string, now: Date): Verification {
  let timestamp: unknown;
  try {
    timestamp = (JSON.parse(rawBody) as { message?: { timestamp?: unknown } })?.message?.timestamp;
  } catch {
    return OK; // not JSON: authentic but malformed, which map() reports with a better message
  }
  return typeof timestamp === "number" ? checkTimestamp(timestamp, now, MESSAGE_MAX_AGE_MS) : OK;
}
