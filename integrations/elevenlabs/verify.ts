import { MINUTE_MS, verifyTimestampedHmac } from "@/integrations/call-providers/signing";
import type { Verification, WebhookRequest } from "@/integrations/call-providers/types";

/**
 * `ElevenLabs-Signature: t=<unix s>,v0=<hex hmac_sha256(secret, "<t>.<rawBody>")>`, as the official
 * SDK's `webhooks.constructEvent` checks it (elevenlabs/elevenlabs-js src/wrapper/webhooks.ts), with
 * its 30-minute window. Any of several v0 values may match (secret rotation).
 */
export const ELEVENLABS_SIGNATURE_HEADER = "ElevenLabs-Signature";
const SCHEME = { header: ELEVENLABS_SIGNATURE_HEADER, version: "v0", maxAgeMs: 30 * MINUTE_MS, maxFutureMs: 5 * MINUTE_MS };

export function verifyElevenLabs(request: WebhookRequest, secret: string, now: Date): Verification {
  return verifyTimestampedHmac(SCHEME, request, secret, now);
}
