import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { verifyGeneric } from "@/integrations/generic/verify";
import { DEBRIEF_SIGNATURE_HEADER, signPayload } from "./sign";

/** The README's verification snippet, run as written, so the documentation cannot drift from the signer. */
async function loadReadmeSnippet(): Promise<(rawBody: string, header: string, secret: string, toleranceSeconds?: number) => boolean> {
  const readme = readFileSync(path.join(__dirname, "README.md"), "utf8");
  const block = /<!-- verify-snippet:start -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no verify snippet");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "debrief-snippet-")), "verify.mjs");
  writeFileSync(file, block);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)).verifyDebriefSignature;
}

describe("signPayload", () => {
  const body = JSON.stringify({ id: "d1", type: "conversation.evaluated", data: { name: "Zoë ✓" } });
  const now = Math.floor(Date.now() / 1000);

  it("produces t=<seconds>,v1=<hex hmac_sha256(secret, t.body)>", () => {
    const expected = createHmac("sha256", "s3cret").update("1700000000.{}").digest("hex");
    expect(signPayload("s3cret", "{}", 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it("verifies with the README snippet, and fails on a changed body, a wrong secret or a stale time", async () => {
    const verify = await loadReadmeSnippet();
    const header = signPayload("s3cret", body, now);
    expect(verify(body, header, "s3cret")).toBe(true);
    expect(verify(body + " ", header, "s3cret")).toBe(false);
    expect(verify(body, header, "other")).toBe(false);
    expect(verify(body, signPayload("s3cret", body, now - 600), "s3cret")).toBe(false);
    expect(verify(body, "garbage", "s3cret")).toBe(false);
  });

  it("is the scheme Debrief verifies on inbound generic webhooks", () => {
    const header = signPayload("s3cret", body, now);
    const result = verifyGeneric({ rawBody: body, headers: new Headers({ [DEBRIEF_SIGNATURE_HEADER]: header }) }, "s3cret", new Date(now * 1000));
    expect(result).toEqual({ ok: true });
  });

  it("refuses an empty secret", () => {
    expect(() => signPayload("", body, now)).toThrow(/secret/);
  });
});
