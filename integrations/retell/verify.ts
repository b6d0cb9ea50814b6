import { MINUTE_MS, checkTimestamp, fail, hmacSha256Hex, parseIntStrict, requireSecret, safeEqual } from "@/integrations/call-providers/signing";
import type { Verification, WebhookRequest } from "@/integrations/call-providers/types";

/**
 * `X-Retell-Signature: v=<unix ms>,d=<hex hmac_sha256(apiKey, rawBody + timestamp)>`, as the
 * official SDK's `Retell.verify` computes it (RetellAI/retell-typescript-sdk src/lib/webhook_auth.ts).
 * The key is a Retell API key (the one with the webhook badge), not a separate signing secret.
 * The SDK allows 5 minutes either side, and so does Debrief.
 */
export const RETELL_SIGNATURE_HEADER = "X-Retell-Signature";
const TOLERANCE_MS = 5 * MINUTE_MS;

export function verifyRetell({ rawBody, headers }: WebhookRequest, secret: string, now: Date): Verification {
  const noSecret = requireSecret(secret);
  if (noSecret) return noSecret;
  const header = headers.get(RETELL_SIGNATURE_HEADER);
  if (!header) return fail(`missing ${RETELL_SIGNATURE_HEADER} header`);
  const match = /^v=(\d+),d=([0-9a-f]+)$/i.exec(header.trim());
  const timestamp = parseIntStrict(match?.[1]);
  if (!match || timestamp === null) return fail(`malformed ${RETELL_SIGNATURE_HEADER} header; expected "v=<unix ms>,d=<hex digest>"`);
  if (!safeEqual(match[2].toLowerCase(), hmacSha256Hex(secret, rawBody + match[1]))) return fail("signature does not match");
  return checkTimestamp(timestamp, now, TOLERANCE_MS, TOLERANCE_MS);
}
