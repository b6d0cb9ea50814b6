import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generic } from "./adapter";

const SECRET = "dbf_whsec_5c1e8a3f7b2d9e4a6c0f8b1d3e5a7c9f";
const rawBody = readFileSync(new URL("./fixtures/conversation.json", import.meta.url), "utf8");
const NOW = new Date("2026-03-10T21:15:40.000Z");
const nowSeconds = Math.floor(NOW.getTime() / 1000);

/** Signs as README.md tells senders to: `t=<s>,v1=<hex hmac_sha256(secret, "<t>.<body>")>`. */
const digest = (t: number, body = rawBody, secret = SECRET) => createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
const sign = (t = nowSeconds - 2, body = rawBody, secret = SECRET) => `t=${t},v1=${digest(t, body, secret)}`;
const verify = (headers: Record<string, string>, body = rawBody) =>
  generic.verify({ rawBody: body, headers: new Headers(headers) }, SECRET, NOW);

describe("generic.verify", () => {
  it("accepts a valid signature, and a header with spaces and upper-case hex", () => {
    expect(verify({ "X-Debrief-Signature": sign() })).toEqual({ ok: true });
    const t = nowSeconds - 2;
    expect(verify({ "x-debrief-signature": `t=${t}, v1=${digest(t).toUpperCase()}` })).toEqual({ ok: true });
  });

  it("refuses a tampered body and another secret", () => {
    const tampered = rawBody.replace("Friday is fine", "Monday is fine");
    expect(verify({ "X-Debrief-Signature": sign() }, tampered)).toEqual({ ok: false, reason: "signature does not match" });
    expect(verify({ "X-Debrief-Signature": sign(undefined, rawBody, "other") })).toEqual({ ok: false, reason: "signature does not match" });
  });

  it("refuses a missing or malformed header", () => {
    expect(verify({})).toEqual({ ok: false, reason: "missing X-Debrief-Signature header" });
    for (const bad of ["v1=abc", `t=${nowSeconds}`, `t=${nowSeconds},v0=abc`, "sha256=abc"]) {
      expect(verify({ "X-Debrief-Signature": bad })).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed X-Debrief-Signature header/) });
    }
  });

  it("refuses a correctly signed request more than 5 minutes old or ahead", () => {
    expect(verify({ "X-Debrief-Signature": sign(nowSeconds - 12 * 60) })).toEqual({
      ok: false,
      reason: "timestamp is 12 minutes old; replayed or delayed deliveries are refused",
    });
    expect(verify({ "X-Debrief-Signature": sign(nowSeconds + 10 * 60) })).toEqual({
      ok: false,
      reason: "timestamp is 10 minutes in the future; check the sender's clock",
    });
  });
});
