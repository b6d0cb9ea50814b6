import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { elevenlabs } from "./adapter";

const SECRET = "wsec_3b8f1d6a9c2e4f7b0d5a8c1e6f9b2d4a7c0e3f6b9d1a4c7e";
const rawBody = readFileSync(new URL("./fixtures/post-call-transcription-inbound.json", import.meta.url), "utf8");
const NOW = new Date("2026-03-10T19:21:22.000Z");
const nowSeconds = Math.floor(NOW.getTime() / 1000);

/** Signs as ElevenLabs does: `t=<s>,v0=<hex hmac_sha256(secret, "<t>.<body>")>`. */
const digest = (t: number, body = rawBody, secret = SECRET) => createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
const sign = (t = nowSeconds - 3, body = rawBody, secret = SECRET) => `t=${t},v0=${digest(t, body, secret)}`;
const verify = (headers: Record<string, string>, body = rawBody) =>
  elevenlabs.verify({ rawBody: body, headers: new Headers(headers) }, SECRET, NOW);

describe("elevenlabs.verify", () => {
  it("accepts a valid signature, also among several v0 values", () => {
    expect(verify({ "ElevenLabs-Signature": sign() })).toEqual({ ok: true });
    const t = nowSeconds - 3;
    const rotated = `t=${t},v0=${digest(t, rawBody, "old-secret")},v0=${digest(t)}`;
    expect(verify({ "elevenlabs-signature": rotated })).toEqual({ ok: true });
  });

  it("refuses a tampered body and another secret", () => {
    const tampered = rawBody.replace("Thomas Reyes.", "Tom Reyes.");
    expect(verify({ "ElevenLabs-Signature": sign() }, tampered)).toEqual({ ok: false, reason: "signature does not match" });
    expect(verify({ "ElevenLabs-Signature": sign(undefined, rawBody, "not-the-secret") })).toEqual({ ok: false, reason: "signature does not match" });
  });

  it("refuses a missing or malformed header", () => {
    expect(verify({})).toEqual({ ok: false, reason: "missing ElevenLabs-Signature header" });
    for (const bad of [`v0=${digest(nowSeconds)}`, `t=${nowSeconds}`, `t=soon,v0=${digest(nowSeconds)}`, "garbage"]) {
      expect(verify({ "ElevenLabs-Signature": bad })).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed ElevenLabs-Signature header/) });
    }
  });

  it("refuses a correctly signed delivery older than 30 minutes, and accepts one of 29", () => {
    expect(verify({ "ElevenLabs-Signature": sign(nowSeconds - 31 * 60) })).toEqual({
      ok: false,
      reason: "timestamp is 31 minutes old; replayed or delayed deliveries are refused",
    });
    expect(verify({ "ElevenLabs-Signature": sign(nowSeconds - 29 * 60) })).toEqual({ ok: true });
  });
});
