import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/endpoints";

const API_ROOT = path.join(process.cwd(), "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// Routes that are not part of the key-authenticated API (they authenticate by signature or serve the document).
const NOT_IN_DOCUMENT = [/^\/api\/v1\/openapi\.json$/, /^\/api\/v1\/webhooks\//];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/agents/[id]/route.ts → /api/v1/agents/{id} */
const toOpenApiPath = (file: string) =>
  "/api/v1" + path.dirname(path.relative(API_ROOT, file)).replace(/^\.$/, "").replace(/\\/g, "/").replace(/\[(\w+)\]/g, "{$1}").replace(/^(?=.)/, "/");

describe("OpenAPI document", () => {
  it("lists every route handler under /api/v1, and nothing that has no handler", () => {
    const implemented = routeFiles(API_ROOT).flatMap((file) => {
      const route = toOpenApiPath(file);
      if (NOT_IN_DOCUMENT.some((pattern) => pattern.test(route))) return [];
      const source = readFileSync(file, "utf8");
      return METHODS.filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source)).map((m) => `${m} ${route}`);
    });
    const documented = ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(implemented.sort()).toEqual([...documented].sort());
    const document = buildOpenApiDocument("test");
    for (const e of ENDPOINTS) expect(document.paths[e.path]?.[e.method.toLowerCase()]).toBeDefined();
  });

  it("describes the workspace answer from its zod schema", () => {
    const op = buildOpenApiDocument("test").paths["/api/v1/workspace"].get as { responses: Record<string, { content: { "application/json": { schema: { properties: object } } } }> };
    expect(Object.keys(op.responses["200"].content["application/json"].schema.properties)).toEqual(["id", "name", "slug"]);
  });
});
