import { Client } from "@hubspot/api-client";
import { getEnv } from "@/lib/env";
import { errorFromResponse, HubSpotError, HubSpotServerError } from "./errors";

export const DEFAULT_HUBSPOT_BASE_URL = "https://api.hubapi.com";

/** The SDK client, built only by `createHubSpotClient` so every call maps errors the same way. */
export type HubSpotClient = Client;

/** What the SDK hands a response middleware (its ResponseContext). */
interface ResponseLike {
  httpStatusCode: number;
  headers: Record<string, string>;
  body: { text(): Promise<string> };
}

const isResponse = (value: unknown): value is ResponseLike =>
  typeof value === "object" && value !== null && "httpStatusCode" in value && "body" in value;

/** `HUBSPOT_BASE_URL` points every request at a proxy or, in tests, a loopback fake. */
export function hubspotBaseUrl(): string {
  return (getEnv().HUBSPOT_BASE_URL ?? DEFAULT_HUBSPOT_BASE_URL).replace(/\/+$/, "");
}

/**
 * Retries are off (`numberOfApiCallRetries: 0`): the automation engine owns retries, so a 429 must
 * reach it with its Retry-After rather than be slept on inside a job. Error statuses are mapped in a
 * response middleware, where status, headers and raw body are all still at hand; the SDK's own
 * deserialiser loses the status when a proxy answers 502 with HTML or no content type.
 */
export function createHubSpotClient(token: string, baseUrl = hubspotBaseUrl()): HubSpotClient {
  return new Client({
    accessToken: token,
    basePath: baseUrl.replace(/\/+$/, ""),
    numberOfApiCallRetries: 0,
    middleware: [
      {
        pre: (context) => context,
        post: async (context) => {
          if (isResponse(context) && context.httpStatusCode >= 400) {
            throw errorFromResponse(context.httpStatusCode, context.headers, await context.body.text());
          }
          return context;
        },
      },
    ],
  });
}

/** Runs one SDK call; a request that got no answer at all (refused, reset, DNS) is retryable. */
export async function hubspotCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HubSpotError) throw error;
    if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
      const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
      throw new HubSpotServerError(`HubSpot unreachable${cause}`, null);
    }
    throw error;
  }
}
