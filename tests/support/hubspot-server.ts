/**
 * A fake HubSpot API on 127.0.0.1 (port 0) for contract tests: an in-memory CRM answering the
 * endpoints Debrief calls with HubSpot's documented JSON shapes, recording every request, and able
 * to inject failures (429 with Retry-After, 5xx, or "applied, then the answer was lost").
 * Point the real SDK at it: `createHubSpotClient(token, server.baseUrl)` or HUBSPOT_BASE_URL.
 *
 * Served: GET /account-info/v3/details · GET/POST /crm/v3/objects/{type} · GET/PATCH
 * /crm/v3/objects/{type}/{id} · POST /crm/v3/objects/{type}/search · POST …/batch/read ·
 * POST /crm/v3/objects/contacts/batch/upsert · GET /crm/v4/objects/{type}/{id}/associations/{toType}
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface StoredObject {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface Association {
  fromType: string;
  fromId: string;
  toType: string;
  toId: string;
  typeId: number;
}

export interface Failure {
  /** Matches `METHOD /path` (path without the query), e.g. /POST \/crm\/v3\/objects\/calls$/. */
  match: RegExp;
  status: number;
  count: number;
  /** Let this many matching requests through first (e.g. fail exactly the 5th request). */
  skip?: number;
  /** "after": the request takes effect, then the client gets the error (a lost answer). */
  when?: "before" | "after";
  /** Answer a non-JSON body, like a proxy's 502 page. */
  html?: boolean;
}

export const PORTAL_ID = 4242;
const TYPES = ["contacts", "calls", "tasks", "deals"] as const;
type ObjectType = (typeof TYPES)[number];
/** HubSpot-defined association type ids, both directions, between contacts and each type. */
const TO_CONTACT: Record<string, number> = { calls: 194, tasks: 204, deals: 3 };
const FROM_CONTACT: Record<string, number> = { calls: 193, tasks: 203, deals: 4 };
const CONTACT_PROPERTIES = ["email", "firstname", "lastname", "phone", "mobilephone", "company", "hubspot_owner_id", "jobtitle", "lifecyclestage"];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly category = "VALIDATION_ERROR",
  ) {
    super(message);
  }
}

export async function startHubSpotServer(options: { tokens?: string[] } = {}) {
  const tokens = new Set(options.tokens ?? ["pat-na1-test-token-0001"]);
  const requests: RecordedRequest[] = [];
  const objects = Object.fromEntries(TYPES.map((t) => [t, new Map<string, StoredObject>()])) as Record<ObjectType, Map<string, StoredObject>>;
  const associations: Association[] = [];
  const contactProperties = new Set(CONTACT_PROPERTIES);
  const failures: Failure[] = [];
  let nextId = 1000;

  const isType = (t: string): t is ObjectType => (TYPES as readonly string[]).includes(t);
  const typeOf = (t: string): ObjectType => {
    if (!isType(t)) throw new HttpError(400, `Unable to infer object type from: ${t}`);
    return t;
  };
  const view = (type: ObjectType, o: StoredObject, requested?: string[]) => {
    const base = { hs_object_id: o.id, createdate: o.createdAt, lastmodifieddate: o.updatedAt };
    const props = requested ? Object.fromEntries(requested.map((p) => [p, o.properties[p] ?? null])) : o.properties;
    return { id: o.id, properties: { ...base, ...props }, createdAt: o.createdAt, updatedAt: o.updatedAt, archived: false };
  };
  const checkProperties = (type: ObjectType, properties: Record<string, unknown>) => {
    if (type !== "contacts") return;
    const bad = Object.keys(properties).filter((p) => !contactProperties.has(p));
    if (bad.length) throw new HttpError(400, `Property values were not valid: ${JSON.stringify(bad.map((name) => ({ isValid: false, message: `Property "${name}" does not exist`, error: "PROPERTY_DOESNT_EXIST", name })))}`);
  };
  const strings = (properties: Record<string, unknown>) => Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)]));
  const create = (type: ObjectType, properties: Record<string, unknown>): StoredObject => {
    checkProperties(type, properties);
    const now = new Date().toISOString();
    const o = { id: String(nextId++), properties: strings(properties), createdAt: now, updatedAt: now };
    objects[type].set(o.id, o);
    return o;
  };
  const find = (type: ObjectType, id: string) => {
    const o = objects[type].get(id);
    if (!o) throw new HttpError(404, "Object not found.  objectId are usually numeric.", "OBJECT_NOT_FOUND");
    return o;
  };
  const update = (type: ObjectType, o: StoredObject, properties: Record<string, unknown>) => {
    checkProperties(type, properties);
    Object.assign(o.properties, strings(properties));
    o.updatedAt = new Date().toISOString();
  };
  const matches = (o: StoredObject, f: { propertyName: string; operator: string; value?: string; values?: string[] }) => {
    const v = f.propertyName === "hs_object_id" ? o.id : o.properties[f.propertyName];
    const eq = (x: string | undefined) => v !== undefined && v !== "" && v.toLowerCase() === String(x).toLowerCase();
    if (f.operator === "EQ") return eq(f.value);
    if (f.operator === "NEQ") return !eq(f.value);
    if (f.operator === "IN") return (f.values ?? []).some(eq);
    if (f.operator === "HAS_PROPERTY") return v !== undefined && v !== "";
    if (f.operator === "NOT_HAS_PROPERTY") return v === undefined || v === "";
    throw new HttpError(400, `Unsupported operator in fake: ${f.operator}`);
  };

  type Json = Record<string, unknown>;
  function route(method: string, path: string, query: URLSearchParams, body: Json): [number, unknown] {
    const parts = path.split("/").filter(Boolean);
    const props = query.get("properties")?.split(",").filter(Boolean);
    if (method === "GET" && path === "/account-info/v3/details") {
      return [200, { portalId: PORTAL_ID, accountType: "STANDARD", timeZone: "US/Eastern", companyCurrency: "USD", additionalCurrencies: [], utcOffset: "-05:00", utcOffsetMilliseconds: -18000000, uiDomain: "app.hubspot.com", dataHostingLocation: "na1" }];
    }
    if (parts[0] === "crm" && parts[1] === "v4" && parts[5] === "associations" && method === "GET") {
      const [from, fromId, to] = [typeOf(parts[3]), parts[4], typeOf(parts[6])];
      const all = associations.filter((a) => a.fromType === from && a.fromId === fromId && a.toType === to);
      const start = Number(query.get("after") ?? 0);
      const limit = Number(query.get("limit") ?? 500);
      const page = all.slice(start, start + limit);
      const results = page.map((a) => ({ toObjectId: Number(a.toId), associationTypes: [{ category: "HUBSPOT_DEFINED", typeId: a.typeId, label: null }] }));
      const next = start + limit < all.length ? { paging: { next: { after: String(start + limit), link: "" } } } : {};
      return [200, { results, ...next }];
    }
    if (parts[0] !== "crm" || parts[1] !== "v3" || parts[2] !== "objects") throw new HttpError(404, `No fake for ${method} ${path}`, "NOT_FOUND");
    const type = typeOf(parts[3]);
    const [sub, action] = [parts[4], parts[5]];
    if (method === "GET" && !sub) {
      const limit = Number(query.get("limit") ?? 10);
      return [200, { results: [...objects[type].values()].slice(0, limit).map((o) => view(type, o, props)) }];
    }
    if (method === "GET") return [200, view(type, find(type, sub), props)];
    if (method === "PATCH") {
      const o = find(type, sub);
      update(type, o, (body.properties ?? {}) as Json);
      return [200, view(type, o)];
    }
    if (method === "POST" && !sub) return [201, view(type, createWithAssociations(type, body))];
    if (method === "POST" && sub === "search") {
      const groups = (body.filterGroups ?? []) as { filters: Parameters<typeof matches>[1][] }[];
      const found = [...objects[type].values()].filter((o) => groups.length === 0 || groups.some((g) => g.filters.every((f) => matches(o, f))));
      const limit = Number(body.limit ?? 10);
      return [200, { total: found.length, results: found.slice(0, limit).map((o) => view(type, o, body.properties as string[] | undefined)) }];
    }
    if (method === "POST" && sub === "batch" && action === "read") {
      const inputs = (body.inputs ?? []) as { id: string }[];
      const results = inputs.flatMap(({ id }) => (objects[type].has(id) ? [view(type, objects[type].get(id)!, body.properties as string[])] : []));
      return [200, { status: "COMPLETE", results, startedAt: new Date().toISOString(), completedAt: new Date().toISOString() }];
    }
    if (method === "POST" && sub === "batch" && action === "upsert") {
      const inputs = (body.inputs ?? []) as { idProperty?: string; id: string; properties: Json }[];
      const results = inputs.map((input) => {
        const key = input.idProperty ?? "hs_object_id";
        const existing = [...objects[type].values()].find((o) => matches(o, { propertyName: key, operator: "EQ", value: input.id }));
        if (existing) update(type, existing, input.properties);
        const o = existing ?? create(type, { ...input.properties, [key]: input.id });
        return { ...view(type, o), new: !existing };
      });
      return [200, { status: "COMPLETE", results, startedAt: new Date().toISOString(), completedAt: new Date().toISOString() }];
    }
    throw new HttpError(404, `No fake for ${method} ${path}`, "NOT_FOUND");
  }

  function createWithAssociations(type: ObjectType, body: Json): StoredObject {
    const specs = (body.associations ?? []) as { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] }[];
    for (const spec of specs) {
      // Debrief only associates to contacts; a wrong type id is HubSpot's 400.
      find("contacts", String(spec.to.id));
      if (spec.types.some((t) => t.associationTypeId !== TO_CONTACT[type])) throw new HttpError(400, `invalid association type for ${type} to contacts`);
    }
    const o = create(type, (body.properties ?? {}) as Json);
    for (const spec of specs) {
      associations.push({ fromType: type, fromId: o.id, toType: "contacts", toId: String(spec.to.id), typeId: TO_CONTACT[type] });
      associations.push({ fromType: "contacts", fromId: String(spec.to.id), toType: type, toId: o.id, typeId: FROM_CONTACT[type] });
    }
    return o;
  }

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json;charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  };
  const errorBody = (message: string, category: string) => ({ status: "error", message, correlationId: randomUUID(), category });
  const sendFailure = (res: ServerResponse, f: Failure) => {
    if (f.html) {
      res.writeHead(f.status, { "content-type": "text/html" });
      return res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    }
    if (f.status === 429) {
      const body = { ...errorBody("You have reached your ten_secondly_rolling limit.", "RATE_LIMITS"), errorType: "RATE_LIMIT", policyName: "TEN_SECONDLY_ROLLING" };
      return send(res, 429, body, { "retry-after": "2" });
    }
    send(res, f.status, errorBody("internal error", "INTERNAL_ERROR"));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        // keep the raw text
      }
      const method = req.method ?? "GET";
      requests.push({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body });
      if (!tokens.has((req.headers.authorization ?? "").replace(/^Bearer /, ""))) {
        return send(res, 401, errorBody("Authentication credentials not found. This API supports OAuth 2.0 authentication.", "INVALID_AUTHENTICATION"));
      }
      const failure = failures.find((f) => f.count > 0 && f.match.test(`${method} ${url.pathname}`) && !(f.skip && f.skip-- > 0));
      if (failure) failure.count -= 1;
      if (failure && failure.when !== "after") return sendFailure(res, failure);
      try {
        const [status, answer] = route(method, url.pathname, url.searchParams, (body ?? {}) as Json);
        if (failure) return sendFailure(res, failure);
        send(res, status, answer);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        send(res, error.status, errorBody(error.message, error.category));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token: [...tokens][0],
    requests,
    objects,
    associations,
    /** Queues a failure for the next `count` requests matching `match`. */
    fail(failure: Omit<Failure, "count"> & { count?: number }) {
      failures.push({ count: 1, ...failure });
    },
    /** Custom contact properties exist only once defined, as in a real portal. */
    defineContactProperty(name: string) {
      contactProperties.add(name);
    },
    /** Seeds an object directly, as if someone created it in HubSpot. */
    seed(type: ObjectType, properties: Record<string, string>) {
      return create(type, properties);
    },
    associated(fromType: ObjectType, fromId: string, toType: ObjectType) {
      return associations.filter((a) => a.fromType === fromType && a.fromId === fromId && a.toType === toType).map((a) => a.toId);
    },
    reset() {
      requests.length = 0;
      associations.length = 0;
      failures.length = 0;
      for (const map of Object.values(objects)) map.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type HubSpotServer = Awaited<ReturnType<typeof startHubSpotServer>>;
