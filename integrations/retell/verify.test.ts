import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { retell } from "./adapter";

const API_KEY = "key_4f9a2c7e1b3d5f8a0c6e2b4d9f1a";
const rawBody = readFileSync(new URL("./fixtures/call-ended-outbound.json", import.meta.url), "utf8");
const NOW = new Date("2026-03-10T17:31:32.000Z");

/** Signs as Retell does: `v=<ms>,d=<hex hmac_sha256(apiKey, body + ms)>`. */
function sign(body: string, timestampMs = NOW.getTime() - 1_500, key = API_KEY) {
  return `v=${timestampMs},d=${createHmac("sha256", key).update(body + timestampMs).digest("hex")}`;
}
const verify = (headers: Record<string, string>, body = rawBody) =>
  retell.verify({ rawBody: body, headers: new Headers(headers) }, API_KEY, NOW);

describe("retell.verify", () => {
  it("accepts a valid signature, whatever the header's case", () => {
    expect(verify({ "x-retell-signature": sign(rawBody) })).toEqual({ ok: true });
    expect(verify({ "X-Retell-Signature": sign(rawBody) })).toEqual({ ok: true });
  });

  it("refuses a tampered body and a signature made with another key", () => {
    const tampered = rawBody.replace('"agent_hangup"', '"user_hangup"');
    expect(verify({ "x-retell-signature": sign(rawBody) }, tampered)).toEqual({ ok: false, reason: "signature does not match" });
    expect(verify({ "x-retell-signature": sign(rawBody, undefined, "key_someone_else") })).toEqual({ ok: false, reason: "signature does not match" });
  });

  it("refuses a missing or malformed header", () => {
    expect(verify({})).toEqual({ ok: false, reason: "missing X-Retell-Signature header" });
    for (const bad of ["d=abc", "v=abc,d=12", "sha256=deadbeef", `v=${NOW.getTime()}`]) {
      expect(verify({ "x-retell-signature": bad })).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed X-Retell-Signature header/) });
    }
  });

  it("refuses a correctly signed delivery more than 5 minutes old or ahead", () => {
    const old = sign(rawBody, NOW.getTime() - 12 * 60_000);
    expect(verify({ "x-retell-signature": old })).toEqual({ ok: false, reason: "timestamp is 12 minutes old; replayed or delayed deliveries are refused" });
    const ahead = sign(rawBody, NOW.getTime() + 6 * 60_000);
    expect(verify({ "x-retell-signature": ahead })).toMatchObject({ ok: false, reason: expect.stringContaining("6 minutes in the future") });
  });

  it("refuses everything when no API key is configured", () => {
    const result = retell.verify({ rawBody, headers: new Headers({ "x-retell-signature": sign(rawBody, undefined, "") }) }, "", NOW);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("no webhook secret") });
  });
});
