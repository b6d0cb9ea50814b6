import { afterEach, describe, expect, it } from "vitest";
import { verifyGeneric } from "@/integrations/generic/verify";
import { RefusedAddressError, guardedLookup, refusedAddressReason } from "./address";
import { postJson } from "./post-json";
import { startLoopbackServer } from "./testing/loopback-server";

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
const servers: Server[] = [];
async function serve(handler?: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("postJson", () => {
  it("POSTs the JSON signed, with the delivery id and user agent", async () => {
    const server = await serve((_req, res) => res.writeHead(202).end("accepted " + "x".repeat(1000)));
    const result = await postJson(server.url + "/hook?x=1", { id: "d1", data: { ok: "✓" } }, { secret: "s3cret", idempotencyKey: "d1", allowPrivate: true, headers: { "X-Extra": "1", "content-type": "text/plain", "x-debrief-signature": "forged" } });
    expect(result).toMatchObject({ ok: true, status: 202, retryable: false });
    expect(result.responseSnippet).toHaveLength(500);
    const [req] = server.received;
    expect(req).toMatchObject({ method: "POST", url: "/hook?x=1", body: '{"id":"d1","data":{"ok":"✓"}}' });
    expect(req.headers).toMatchObject({ "content-type": "application/json", "user-agent": "Debrief-Webhooks/1", "x-debrief-delivery": "d1", "x-extra": "1" });
    const verified = verifyGeneric({ rawBody: req.body, headers: new Headers({ "X-Debrief-Signature": String(req.headers["x-debrief-signature"]) }) }, "s3cret", new Date());
    expect(verified).toEqual({ ok: true });
  });

  it("sends no signature without a secret", async () => {
    const server = await serve();
    await postJson(server.url, [1], { allowPrivate: true });
    expect(server.received[0].headers["x-debrief-signature"]).toBeUndefined();
  });

  it.each([
    [500, true],
    [503, true],
    [408, true],
    [429, true],
    [400, false],
    [401, false],
    [404, false],
    [410, false],
  ])("classifies %i as retryable=%s", async (status, retryable) => {
    const server = await serve((_req, res) => res.writeHead(status, { "Retry-After": "30" }).end("nope"));
    const result = await postJson(server.url, {}, { allowPrivate: true });
    expect(result).toMatchObject({ ok: false, status, retryable, responseSnippet: "nope" });
    if (status === 429 || status === 503) expect(result.retryAfterSeconds).toBe(30);
  });

  it("does not follow a redirect and fails permanently", async () => {
    const elsewhere = await serve();
    const server = await serve((_req, res) => res.writeHead(302, { Location: elsewhere.url }).end());
    const result = await postJson(server.url, {}, { allowPrivate: true });
    expect(result).toMatchObject({ ok: false, status: 302, retryable: false, error: expect.stringContaining("redirects are not followed") });
    expect(elsewhere.received).toHaveLength(0);
  });

  it("times out on a receiver that never answers (retryable)", async () => {
    const server = await serve(() => {}); // reads the request, never responds
    const result = await postJson(server.url, {}, { allowPrivate: true, timeoutMs: 150 });
    expect(result).toMatchObject({ ok: false, status: null, retryable: true, error: "timed out after 150 ms" });
  });

  it("reports a closed port as a retryable connection error", async () => {
    const server = await serve();
    const url = server.url;
    await server.close();
    const result = await postJson(url, {}, { allowPrivate: true });
    expect(result).toMatchObject({ ok: false, status: null, retryable: true, error: expect.stringContaining("ECONNREFUSED") });
  });

  it.each(["http://127.0.0.1:9/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://2130706433/"])(
    "refuses %s by default without connecting",
    async (url) => {
      const result = await postJson(url, {}, { allowPrivate: false });
      expect(result).toMatchObject({ ok: false, status: null, retryable: false, error: expect.stringMatching(/refused unless WEBHOOKS_ALLOW_PRIVATE=true/) });
    },
  );

  it("refuses loopback when allowPrivate is left to the environment default", async () => {
    const server = await serve();
    expect(await postJson(server.url, {})).toMatchObject({ ok: false, retryable: false });
    expect(server.received).toHaveLength(0);
  });

  it("refuses a hostname that resolves to a private address, and allows it with allowPrivate", async () => {
    const server = await serve();
    const url = `http://localhost:${server.port}/`;
    const refused = await postJson(url, {}, { allowPrivate: false });
    expect(refused).toMatchObject({ ok: false, retryable: false, error: expect.stringMatching(/^localhost resolves to .* \(loopback\)/) });
    expect(server.received).toHaveLength(0);
    expect(await postJson(url, {}, { allowPrivate: true })).toMatchObject({ ok: true, status: 200 });
    expect(server.received).toHaveLength(1);
  });

  it("refuses URLs that are not http(s)", async () => {
    expect(await postJson("ftp://example.com/x", {})).toMatchObject({ ok: false, retryable: false, error: "only http and https URLs are allowed" });
    expect(await postJson("not a url", {})).toMatchObject({ ok: false, retryable: false, error: "not a valid URL" });
  });
});

describe("refusedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["224.0.0.251", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped IPv6"],
    ["fd12::1", "unique-local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"],
    ["64:ff9b::a00:1", "NAT64 (reaches IPv4 addresses)"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e"])("allows public %s", (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });
});

describe("guardedLookup", () => {
  const resolve = (allowPrivate: boolean, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((done) => guardedLookup(allowPrivate)("localhost", { all }, (error, address) => done({ error, address })));

  it("refuses a name whose addresses include a private one, in both lookup shapes", async () => {
    for (const all of [true, false]) expect((await resolve(false, all)).error).toBeInstanceOf(RefusedAddressError);
  });

  it("answers in the shape asked for when allowed", async () => {
    expect((await resolve(true, true)).address).toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]));
    expect(typeof (await resolve(true, false)).address).toBe("string");
  });
});
