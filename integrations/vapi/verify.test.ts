import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vapi } from "./adapter";

const SECRET = "vapi_srv_7Yq2mN8xK4pR1tW6";
const rawBody = readFileSync(new URL("./fixtures/end-of-call-report-inbound.json", import.meta.url), "utf8");
const messageTimestamp: number = JSON.parse(rawBody).message.timestamp;
const NOW = new Date(messageTimestamp + 2_000);

const verify = (headers: Record<string, string>, body = rawBody, now = NOW) =>
  vapi.verify({ rawBody: body, headers: new Headers(headers) }, SECRET, now);

/** Signs like a Vapi HMAC credential with its defaults: hex sha256 of `{timestamp}.{body}`. */
function hmacHeaders(timestamp: string, secret = SECRET, body = rawBody) {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { "x-signature": signature, "x-timestamp": timestamp };
}

describe("vapi.verify with the server secret", () => {
  it("accepts the configured secret in X-Vapi-Secret or as a bearer token", () => {
    expect(verify({ "X-Vapi-Secret": SECRET })).toEqual({ ok: true });
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
  });

  it("refuses a wrong secret, and a missing one, with the header's name", () => {
    expect(verify({ "X-Vapi-Secret": "vapi_srv_wrong" })).toEqual({ ok: false, reason: "X-Vapi-Secret header does not match the configured secret" });
    expect(verify({ authorization: "Bearer nope" })).toMatchObject({ ok: false, reason: expect.stringContaining("bearer token does not match") });
    expect(verify({})).toMatchObject({ ok: false, reason: expect.stringMatching(/^missing X-Vapi-Secret header/) });
  });

  it("refuses a message whose timestamp is more than 10 minutes old", () => {
    const later = new Date(messageTimestamp + 12 * 60_000 + 5_000);
    expect(verify({ "X-Vapi-Secret": SECRET }, rawBody, later)).toEqual({
      ok: false,
      reason: "timestamp is 12 minutes old; replayed or delayed deliveries are refused",
    });
    expect(verify({ "X-Vapi-Secret": SECRET }, rawBody, new Date(messageTimestamp + 9 * 60_000))).toEqual({ ok: true });
  });

  it("refuses when no secret is configured, whatever is sent", () => {
    const result = vapi.verify({ rawBody, headers: new Headers({ "X-Vapi-Secret": "" }) }, "", NOW);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("no webhook secret") });
  });
});

describe("vapi.verify with an HMAC credential", () => {
  const seconds = String(Math.floor(NOW.getTime() / 1000));

  it("accepts a valid signature, with the timestamp in seconds or milliseconds", () => {
    expect(verify(hmacHeaders(seconds))).toEqual({ ok: true });
    expect(verify(hmacHeaders(String(NOW.getTime())))).toEqual({ ok: true });
  });

  it("refuses a tampered body, a wrong secret and a malformed or missing timestamp", () => {
    const tampered = rawBody.replace("Friday at ten", "Monday at ten");
    expect(verify(hmacHeaders(seconds), tampered)).toEqual({ ok: false, reason: "signature does not match" });
    expect(verify(hmacHeaders(seconds, "other-secret"))).toEqual({ ok: false, reason: "signature does not match" });
    expect(verify({ ...hmacHeaders(seconds), "x-timestamp": "yesterday" })).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed x-timestamp/) });
    expect(verify({ "x-signature": hmacHeaders(seconds)["x-signature"] })).toMatchObject({ ok: false, reason: expect.stringMatching(/^missing x-timestamp/) });
  });

  it("refuses a signature older than 5 minutes", () => {
    const stale = String(Math.floor(NOW.getTime() / 1000) - 7 * 60);
    expect(verify(hmacHeaders(stale))).toEqual({ ok: false, reason: "timestamp is 7 minutes old; replayed or delayed deliveries are refused" });
  });
});
