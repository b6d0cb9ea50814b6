import {
  MINUTE_MS,
  anySafeEqual,
  checkTimestamp,
  fail,
  hmacSha256Hex,
  parseIntStrict,
  parseSignatureHeader,
  requireSecret,
} from "@/integrations/call-providers/signing";
import type { Verification, WebhookRequest } from "@/integrations/call-providers/types";

/**
 * Debrief's own scheme, documented in ./README.md: `X-Debrief-Signature: t=<unix s>,v1=<hex
 * hmac_sha256(secret, "<t>.<rawBody>")>`, the shape Stripe made familiar. Several v1 values are
 * allowed so a sender can sign with the old and the new secret while rotating. 5 minutes either side.
 */
export const DEBRIEF_SIGNATURE_HEADER = "X-Debrief-Signature";
const TOLERANCE_MS = 5 * MINUTE_MS;

export function verifyGeneric({ rawBody, headers }: WebhookRequest, secret: string, now: Date): Verification {
  const noSecret = requireSecret(secret);
  if (noSecret) return noSecret;
  const header = headers.get(DEBRIEF_SIGNATURE_HEADER);
  if (!header) return fail(`missing ${DEBRIEF_SIGNATURE_HEADER} header`);
  const parts = parseSignatureHeader(header);
  const t = parts.t?.[0];
  const seconds = parseIntStrict(t);
  if (seconds === null || !parts.v1?.length) {
    return fail(`malformed ${DEBRIEF_SIGNATURE_HEADER} header; expected "t=<unix seconds>,v1=<hex digest>"`);
  }
  if (!anySafeEqual(parts.v1, hmacSha256Hex(secret, `${t}.${rawBody}`))) return fail("signature does not match");
  return checkTimestamp(seconds * 1000, now, TOLERANCE_MS, TOLERANCE_MS);
}
