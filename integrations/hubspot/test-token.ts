import { z } from "zod";
import { createHubSpotClient, hubspotCall } from "./client";
import { errorFromResponse, HubSpotError, RetryLaterError } from "./errors";

export type TokenTestResult =
  | { ok: true; hubId: string; message: string }
  | { ok: false; message: string; status: number | null; retryable: boolean };

const accountDetails = z.object({ portalId: z.coerce.string() }).loose();

export const REQUIRED_SCOPES = ["crm.objects.contacts.read", "crm.objects.contacts.write", "crm.objects.deals.read", "crm.objects.deals.write"];

/**
 * Checks a private-app token without writing anything: GET /account-info/v3/details proves the
 * token and names the account; reading one contact proves the CRM scopes Debrief writes with.
 */
export async function testToken(token: string, baseUrl?: string): Promise<TokenTestResult> {
  const api = createHubSpotClient(token, baseUrl);
  try {
    // Not in the SDK's typed APIs: its raw request, whose non-2xx answers we map ourselves.
    const response = await hubspotCall(() => api.apiRequest({ method: "GET", path: "/account-info/v3/details" }));
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, Object.fromEntries(response.headers), text);
    const details = accountDetails.safeParse(safeJson(text));
    if (!details.success) return { ok: false, message: "HubSpot answered the account check with something unexpected", status: response.status, retryable: true };
    await hubspotCall(() => api.crm.objects.basicApi.getPage("contacts", 1));
    return { ok: true, hubId: details.data.portalId, message: `Connected to HubSpot account ${details.data.portalId}` };
  } catch (error) {
    if (!(error instanceof HubSpotError)) throw error;
    return { ok: false, message: explain(error), status: error.status, retryable: error.retryable };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function explain(error: HubSpotError): string {
  if (error.status === 401) return `HubSpot rejected the token (401). Paste the access token of a HubSpot private app (it starts with "pat-"). ${error.message}`;
  if (error.status === 403) return `The token works but lacks a scope Debrief needs (${REQUIRED_SCOPES.join(", ")}). ${error.message}`;
  if (error instanceof RetryLaterError) return `HubSpot is rate-limiting this account; try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`;
  if (error.retryable) return `HubSpot is unavailable right now; try again shortly. ${error.message}`;
  return error.message;
}
