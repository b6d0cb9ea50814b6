import { hmacSha256Hex } from "@/integrations/call-providers/signing";
import { DEBRIEF_SIGNATURE_HEADER } from "@/integrations/generic/verify";

/**
 * Outbound deliveries are signed exactly like inbound generic webhooks (integrations/generic/verify.ts),
 * so a receiver can verify with the same snippet: `t=<unix s>,v1=<hex hmac_sha256(secret, "<t>.<rawBody>")>`.
 */
export { DEBRIEF_SIGNATURE_HEADER };
export const DEBRIEF_DELIVERY_HEADER = "X-Debrief-Delivery";

export function signPayload(secret: string, rawBody: string, timestampSeconds: number = Math.floor(Date.now() / 1000)): string {
  // An empty key makes an HMAC anyone can compute: refuse rather than send a meaningless signature.
  if (!secret) throw new Error("a webhook signing secret is required");
  if (!Number.isInteger(timestampSeconds) || timestampSeconds < 0) throw new Error("timestampSeconds must be whole Unix seconds");
  return `t=${timestampSeconds},v1=${hmacSha256Hex(secret, `${timestampSeconds}.${rawBody}`)}`;
}
