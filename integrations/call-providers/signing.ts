import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Verification } from "./types";

export const MINUTE_MS = 60_000;

export const OK: Verification = { ok: true };
export const fail = (reason: string): Verification => ({ ok: false, reason });

export function hmacSha256Hex(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message, "utf8").digest("hex");
}

/** Constant-time equality; hashing both sides first makes the lengths equal, so length leaks nothing either. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when any candidate matches; senders list several while a secret is rotated. No early exit. */
export function anySafeEqual(candidates: string[], expected: string): boolean {
  let found = false;
  for (const candidate of candidates) found = safeEqual(candidate.trim().toLowerCase(), expected) || found;
  return found;
}

/** Splits `t=1,v0=ab,v0=cd` into `{ t: ["1"], v0: ["ab", "cd"] }`; keys are lower-cased. */
export function parseSignatureHeader(value: string): Record<string, string[]> {
  const parts: Record<string, string[]> = {};
  for (const item of value.split(",")) {
    const at = item.indexOf("=");
    if (at <= 0) continue;
    const key = item.slice(0, at).trim().toLowerCase();
    (parts[key] ??= []).push(item.slice(at + 1).trim());
  }
  return parts;
}

/** An integer of digits only; `Number("")` and `Number("1e3")` would otherwise pass. */
export function parseIntStrict(value: string | undefined): number | null {
  return value && /^\d{1,16}$/.test(value) ? Number(value) : null;
}

/** Refuses a secret that is empty: an HMAC with an empty key is one anyone can compute. */
export function requireSecret(secret: string): Verification | null {
  return secret ? null : fail("no webhook secret is configured for this integration");
}

function describe(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  if (minutes >= 1) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const seconds = Math.floor(ms / 1000);
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}

/**
 * Refuses a signed time too far in the past (a captured request replayed, or a delivery retried
 * too late) or in the future (a wrong clock, or a signature minted ahead to be replayed later).
 */
export function checkTimestamp(
  timestampMs: number,
  now: Date,
  maxAgeMs: number,
  maxAheadMs = 5 * MINUTE_MS,
): Verification {
  const age = now.getTime() - timestampMs;
  if (age > maxAgeMs) return fail(`timestamp is ${describe(age)} old; replayed or delayed deliveries are refused`);
  if (-age > maxAheadMs) return fail(`timestamp is ${describe(-age)} in the future; check the sender's clock`);
  return OK;
}

/**
 * The `t=<unix seconds>,<version>=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` scheme that both
 * ElevenLabs (v0) and Debrief's own signed JSON (v1) use; several digests may be sent while a
 * secret is rotated. Only the header, the version key and the time window differ.
 */
export function verifyTimestampedHmac(
  scheme: { header: string; version: string; maxAgeMs: number; maxFutureMs: number },
  request: { rawBody: string; headers: Headers },
  secret: string,
  now: Date,
): Verification {
  const noSecret = requireSecret(secret);
  if (noSecret) return noSecret;
  const header = request.headers.get(scheme.header);
  if (!header) return fail(`missing ${scheme.header} header`);
  const parts = parseSignatureHeader(header);
  const t = parts.t?.[0];
  const seconds = parseIntStrict(t);
  const digests = parts[scheme.version];
  if (seconds === null || !digests?.length) return fail(`malformed ${scheme.header} header; expected "t=<unix seconds>,${scheme.version}=<hex digest>"`);
  if (!anySafeEqual(digests, hmacSha256Hex(secret, `${t}.${request.rawBody}`))) return fail("signature does not match");
  return checkTimestamp(seconds * 1000, now, scheme.maxAgeMs, scheme.maxFutureMs);
}
