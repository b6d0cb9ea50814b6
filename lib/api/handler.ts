import type { z } from "zod";
import { getDb } from "@/db";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { assertCan, type Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation";
import type { Endpoint } from "./endpoint";
import { parseJsonText, readTextBody } from "./read-body";
import { errorResponse, json } from "./respond";

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface ApiCall<B, Q> {
  ctx: Ctx;
  body: B;
  query: Q;
  params: Record<string, string>;
  request: Request;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The one wrapper for /api/v1 route handlers: Bearer key → workspace → permission → validated
 * input → handler → JSON. Handlers return data (sent with the endpoint's status) or a Response.
 */
export function apiHandler<B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(
  def: Endpoint<B, Q>,
  handler: (call: ApiCall<Infer<B>, Infer<Q>>) => Promise<unknown>,
) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    try {
      const ctx = await verifyApiKey(await getDb(), request.headers.get("authorization"));
      assertCan(ctx, def.permission);
      const params = Object.fromEntries(
        Object.entries((await route?.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      const body = (def.body ? parseInput(def.body, await readOptionalJson(request, def.maxBodyBytes)) : undefined) as Infer<B>;
      const query = (def.query ? parseInput(def.query, searchParamsObject(request)) : undefined) as Infer<Q>;
      const result = await handler({ ctx, body, query, params, request });
      return result instanceof Response ? result : json(result, def.status ?? 200);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Query string as an object; a repeated key (agentId=a&agentId=b) becomes an array. */
function searchParamsObject(request: Request): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** An empty body is `undefined` (the schema decides whether that is allowed); anything else must be JSON. */
async function readOptionalJson(request: Request, maxBytes?: number): Promise<unknown> {
  const text = await readTextBody(request, maxBytes);
  return text.trim() ? parseJsonText(text) : undefined;
}
