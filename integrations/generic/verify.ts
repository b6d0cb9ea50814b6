import { MINUTE_MS, verifyTimestampedHmac } from "@/integrations/call-providers/signing";
import type { Verification, WebhookRequest } from "@/integrations/call-providers/types";

/**
 * Debrief's own scheme, documented in ./README.md: `X-Debrief-Signature: t=<unix s>,v1=<hex
 * hmac_sha256(secret, "<t>.<rawBody>")>`, the shape Stripe made familiar. Several v1 values are
 * allowed so a sender can sign with the old and the new secret while rotating. 5 minutes either side.
 */
export const DEBRIEF_SIGNATURE_HEADER = "X-Debrief-Signature";
const SCHEME = { header: DEBRIEF_SIGNATURE_HEADER, version: "v1", maxAgeMs: 5 * MINUTE_MS, maxFutureMs: 5 * MINUTE_MS };

export function verifyGeneric(request: WebhookRequest, secret: string, now: Date): Verification {
  return verifyTimestampedHmac(SCHEME, request, secret, now);
}
