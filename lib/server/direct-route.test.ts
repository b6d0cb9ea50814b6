import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { conversations } from "@/db/schema";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import { createConversationEndpoint } from "@/lib/api/endpoints/conversations";
import { callBody } from "@/tests/support/conversations";
import { createIngestingOwner } from "@/tests/support/definitions";
import { suiteDatabase } from "@/tests/support/test-db";
import { serveDirect } from "./direct-route";

// The limit scripts/serve.ts gives this route: the endpoint's own.
const LIMIT = createConversationEndpoint.maxBodyBytes!;

/** The ingest route served by `npm start` without Next: a real http server on loopback, one keep-alive connection. */
describe("serveDirect", () => {
  const database = suiteDatabase("pglite", { asAppDatabase: true });
  let server: http.Server;
  let agent: http.Agent;
  let base: string;
  let key: string;
  let agentId: string;
  beforeAll(async () => {
    ({ key, agent: { id: agentId } } = await createIngestingOwner(database.db));
    server = http.createServer((req, res) => void serveDirect(conversationsRoute.POST, LIMIT, req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders; socket: unknown }>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/conversations?via=test`, { method: "POST", agent, headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers } }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers, socket: request.socket }));
      });
      request.on("error", reject);
      request.end(body);
    });

  it("answers exactly as the route handler does: 202 stored, 200 again, 401 without a key", async () => {
    const body = JSON.stringify(callBody(agentId, { externalId: "direct_1" }));
    const first = await post(body);
    expect(first.status).toBe(202);
    expect(first.headers["content-type"]).toContain("application/json");
    const { id } = JSON.parse(first.body);
    expect((await database.db.select({ externalId: conversations.externalId }).from(conversations).where(eq(conversations.id, id)))[0].externalId).toBe("direct_1");
    expect(await post(body)).toMatchObject({ status: 200, body: JSON.stringify({ id, status: "received" }) });
    expect((await post(body, { authorization: "" })).status).toBe(401);
    expect(JSON.parse((await post("{not json")).body)).toMatchObject({ error: { code: "invalid", details: { issues: [{ path: "(body)" }] } } });
  });

  it("reads the body as UTF-8 whatever the chunks it arrives in", async () => {
    const body = Buffer.from(JSON.stringify(callBody(agentId, { externalId: "direct_utf8", contact: { name: "Zoë Ōkubo 東京 🙂" } })));
    const split = body.indexOf(Buffer.from("東")) + 1; // inside a three-byte character
    const stored = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/conversations`, { method: "POST", agent, headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "content-length": body.length } }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", reject);
      request.write(body.subarray(0, split));
      setTimeout(() => request.end(body.subarray(split)), 20);
    });
    expect(stored).toBe(202);
    const [row] = await database.db.select({ name: conversations.contactName }).from(conversations).where(eq(conversations.externalId, "direct_utf8"));
    expect(row.name).toBe("Zoë Ōkubo 東京 🙂");
  });

  it("answers a handler's failure as every API route does: 500 with the error shape", async () => {
    const failing = http.createServer((req, res) => void serveDirect(() => Promise.reject(new Error("database went away")), LIMIT, req, res));
    await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await fetch(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/api/v1/conversations`, { method: "POST", body: "{}" });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: { code: "internal", message: "Something went wrong on our side", details: null } });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await new Promise((resolve) => failing.close(resolve));
    }
  });

  it("refuses a body over the limit with 413 without holding it, and the connection keeps serving", async () => {
    const big = JSON.stringify(callBody(agentId, { externalId: "direct_big", metadata: { pad: "x".repeat(LIMIT * 2) } }));
    const refused = await post(big);
    expect(refused.status).toBe(413);
    expect((await post(big, { "transfer-encoding": "chunked" })).status).toBe(413); // no length given: counted while read
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: "payload_too_large" } });
    const next = await post(JSON.stringify(callBody(agentId, { externalId: "direct_after_big" })));
    expect(next.status).toBe(202);
    expect(next.socket).toBe(refused.socket);
    expect(await database.db.select().from(conversations).where(eq(conversations.externalId, "direct_big"))).toHaveLength(0);
  });
});
