import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { getEnv } from "@/lib/env";
import { RefusedAddressError, guardedLookup, refusedAddressReason } from "./address";
import { describeNetworkError, isRetryableStatus, parseRetryAfter } from "./classify";
import { DEBRIEF_DELIVERY_HEADER, DEBRIEF_SIGNATURE_HEADER, signPayload } from "./sign";

export interface PostJsonOptions {
  /** Signs the body (X-Debrief-Signature) when given. */
  secret?: string;
  /** Overall limit: connect, send and read the response. */
  timeoutMs?: number;
  allowPrivate?: boolean;
  headers?: Record<string, string>;
  /** Sent as X-Debrief-Delivery: the same on every retry of one delivery, so receivers can dedupe. */
  idempotencyKey?: string;
}

export interface PostJsonResult {
  ok: boolean;
  /** The HTTP status, or null when no response arrived. */
  status: number | null;
  durationMs: number;
  /** The first 500 characters of the response body, for the deliveries log. */
  responseSnippet: string;
  /** True: try again later (with backoff). False with ok false: a permanent failure. */
  retryable: boolean;
  error?: string;
  /** From a 429/503 Retry-After header, when the receiver sent one. */
  retryAfterSeconds?: number;
}

const SNIPPET_CHARS = 500;
const READ_LIMIT_BYTES = 4096;
export const USER_AGENT = "Debrief-Webhooks/1";

/** POSTs JSON to a receiver's URL with Debrief's signature; never throws, never follows redirects. */
export async function postJson(url: string, body: unknown, options: PostJsonOptions = {}): Promise<PostJsonResult> {
  const started = performance.now();
  const { timeoutMs = 10_000, secret, idempotencyKey } = options;
  const allowPrivate = options.allowPrivate ?? getEnv().WEBHOOKS_ALLOW_PRIVATE;
  const elapsed = () => Math.round(performance.now() - started);
  const permanent = (error: string): PostJsonResult => ({ ok: false, status: null, durationMs: elapsed(), responseSnippet: "", retryable: false, error });

  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return permanent("not a valid URL");
  }
  if (target.protocol !== "https:" && target.protocol !== "http:") return permanent("only http and https URLs are allowed");
  // An IP literal is connected to without a lookup, so it is checked here.
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const literalReason = isIP(host) && !allowPrivate ? refusedAddressReason(host) : null;
  if (literalReason) return permanent(new RefusedAddressError(host, host, literalReason).message);

  const rawBody = JSON.stringify(body) ?? "null";
  // The caller's headers cannot replace ours in any letter case (a second Content-Type or signature).
  const reserved = new Set(["content-type", "content-length", "user-agent", "host", DEBRIEF_SIGNATURE_HEADER.toLowerCase(), DEBRIEF_DELIVERY_HEADER.toLowerCase()]);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(options.headers ?? {}).filter(([name]) => !reserved.has(name.toLowerCase()))),
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(rawBody)),
    "User-Agent": USER_AGENT,
  };
  if (secret) headers[DEBRIEF_SIGNATURE_HEADER] = signPayload(secret, rawBody);
  if (idempotencyKey) headers[DEBRIEF_DELIVERY_HEADER] = idempotencyKey;

  try {
    const res = await send(target, headers, rawBody, allowPrivate, timeoutMs);
    const status = res.status;
    const base = { status, durationMs: elapsed(), responseSnippet: res.body.slice(0, SNIPPET_CHARS) };
    if (status >= 200 && status < 300) return { ...base, ok: true, retryable: false };
    if (status >= 300 && status < 400) {
      return { ...base, ok: false, retryable: false, error: `redirects are not followed (${status} to ${res.location ?? "no Location"})` };
    }
    const retryAfterSeconds = status === 429 || status === 503 ? parseRetryAfter(res.retryAfter) : undefined;
    return { ...base, ok: false, retryable: isRetryableStatus(status), error: `receiver answered ${status}`, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) };
  } catch (error) {
    return { ok: false, status: null, durationMs: elapsed(), responseSnippet: "", ...describeNetworkError(error, timeoutMs) };
  }
}

interface RawResponse {
  status: number;
  body: string;
  location?: string;
  retryAfter?: string;
}

function send(target: URL, headers: Record<string, string>, rawBody: string, allowPrivate: boolean, timeoutMs: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = target.protocol === "https:" ? httpsRequest : httpRequest;
    // agent: false → a fresh connection each time; a pooled keep-alive socket would skip the address check.
    const req = request(target, { method: "POST", headers, agent: false, lookup: guardedLookup(allowPrivate) });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })), timeoutMs);
    const done = (fn: () => void) => {
      clearTimeout(timer);
      fn();
    };
    req.on("error", (error) => done(() => reject(error)));
    req.on("response", (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () =>
        done(() => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), location: res.headers.location, retryAfter: res.headers["retry-after"] });
          res.destroy();
        });
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= READ_LIMIT_BYTES) finish(); // enough for the snippet; the rest is not our business
      });
      res.on("end", finish);
      // A body cut off after the status arrived still answers the question the status answers.
      res.on("error", finish);
      res.on("close", finish);
    });
    req.end(rawBody);
  });
}
