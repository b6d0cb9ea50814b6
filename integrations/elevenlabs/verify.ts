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
 * `ElevenLabs-Signature: t=<unix s>,v0=<hex hmac_sha256(secret, "<t>.<rawBody>")>`, as the official
 * SDK's `webhooks.constructEvent` checks it (elevenlabs/elevenlabs-js src/wrapper/webhooks.ts), with
 * its 30-minute window. Any of several v0 values may match (secret rotation).
 */
export const ELEVENLABS_SIGNATURE_HEADER = "ElevenLabs-Signature";
const MAX_AGE_MS = 30 * MINUTE_MS;

export function verifyElevenLabs({ rawBody, headers }: WebhookRequest, secret: string, now: Date): Verification {
  const noSecret = requireSecret(secret);
  if (noSecret) return noSecret;
  const header = headers.get(ELEVENLABS_SIGNATURE_HEADER);
  if (!header) return fail(`missing ${ELEVENLABS_SIGNATURE_HEADER} header`);
  const parts = parseSignatureHeader(header);
  const t = parts.t?.[0];
  const seconds = parseIntStrict(t);
  if (seconds === null || !parts.v0?.length) {
    return fail(`malformed ${ELEVENLABS_SIGNATURE_HEADER} header; expected "t=<unix seconds>,v0=<hex digest>"`);
  }
  if (!anySafeEqual(parts.v0, hmacSha256Hex(secret, `${t}.${rawBody}`))) return fail("signature does not match");
  return checkTimestamp(seconds * 1000, now, MAX_AGE_MS);
}
