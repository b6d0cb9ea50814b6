import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHubSpotServer, type HubSpotServer } from "@/tests/support/hubspot-server";
import { createHubSpotClient, type HubSpotClient } from "./client";
import { getObject } from "./crm";
import { hubspotFailure, HubSpotRequestError, HubSpotServerError, HubSpotSetupError, parseRetryAfter, RetryLaterError } from "./errors";
import { testToken } from "./test-token";

let server: HubSpotServer;
let api: HubSpotClient;

beforeAll(async () => {
  server = await startHubSpotServer();
  api = createHubSpotClient(server.token, server.baseUrl);
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const caught = async (run: () => Promise<unknown>) => run().then(() => { throw new Error("expected a rejection"); }, (e: unknown) => e);

describe("testToken", () => {
  it("accepts a valid token and names the account", async () => {
    expect(await testToken(server.token, server.baseUrl)).toEqual({ ok: true, hubId: "4242", message: "Connected to HubSpot account 4242" });
    const [details, probe] = server.requests;
    expect(details).toMatchObject({ method: "GET", path: "/account-info/v3/details" });
    expect(details.headers.authorization).toBe(`Bearer ${server.token}`);
    expect(probe).toMatchObject({ method: "GET", path: "/crm/v3/objects/contacts" });
  });

  it("explains a rejected token (401) without throwing", async () => {
    const result = await testToken("pat-na1-wrong-token", server.baseUrl);
    expect(result).toMatchObject({ ok: false, status: 401, retryable: false });
    expect(result.message).toMatch(/rejected the token.*Authentication credentials not found/);
  });

  it("reports a rate limit as retryable", async () => {
    server.fail({ match: /account-info/, status: 429 });
    expect(await testToken(server.token, server.baseUrl)).toMatchObject({ ok: false, status: 429, retryable: true, message: expect.stringMatching(/try again in 2 s/) });
  });
});

describe("error mapping", () => {
  it("429 → RetryLaterError with the Retry-After delay", async () => {
    const contact = server.seed("contacts", { email: "a@example.com" });
    server.fail({ match: /GET \/crm\/v3\/objects\/contacts\//, status: 429 });
    const error = await caught(() => getObject(api, "contacts", contact.id, ["email"]));
    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({ retryAfterMs: 2000, status: 429, retryable: true, category: "RATE_LIMITS" });
    // Retries are the engine's: the SDK made exactly one request.
    expect(server.requests).toHaveLength(1);
  });

  it.each([500, 502, 503])("%i → retryable HubSpotServerError", async (status) => {
    server.fail({ match: /contacts/, status });
    const error = await caught(() => getObject(api, "contacts", "1", ["email"]));
    expect(error).toBeInstanceOf(HubSpotServerError);
    expect(error).toMatchObject({ status, retryable: true });
  });

  it("a proxy's HTML 502 keeps its status", async () => {
    server.fail({ match: /contacts/, status: 502, html: true });
    expect(await caught(() => getObject(api, "contacts", "1", ["email"]))).toMatchObject({ status: 502, retryable: true });
  });

  it("4xx → non-retryable HubSpotRequestError with HubSpot's message", async () => {
    const error = await caught(() => getObject(api, "contacts", "999999", ["email"]));
    expect(error).toBeInstanceOf(HubSpotRequestError);
    expect(error).toMatchObject({ status: 404, retryable: false, message: expect.stringMatching(/Object not found/) });
  });

  it("an unreachable HubSpot is retryable", async () => {
    const closed = await startHubSpotServer();
    await closed.close();
    const error = await caught(() => getObject(createHubSpotClient("t", closed.baseUrl), "contacts", "1", []));
    expect(error).toBeInstanceOf(HubSpotServerError);
    expect(error).toMatchObject({ status: null, retryable: true });
  });

  it("maps errors to the engine's failed-outcome fields", () => {
    expect(hubspotFailure(new RetryLaterError(2000, "slow down"))).toEqual({ retryable: true, error: "slow down", responseStatus: 429, retryAfterMs: 2000 });
    expect(hubspotFailure(new HubSpotRequestError("bad", 400))).toEqual({ retryable: false, error: "bad", responseStatus: 400 });
    expect(hubspotFailure(new HubSpotSetupError("no phone"))).toEqual({ retryable: false, error: "no phone", responseStatus: null });
    expect(hubspotFailure(new Error("db down"))).toMatchObject({ retryable: true, responseStatus: null });
  });

  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("0.5")).toBe(500);
    expect(parseRetryAfter(new Date(11_000).toUTCString(), 1_000)).toBe(10_000);
    expect(parseRetryAfter(undefined)).toBe(10_000);
  });
});
