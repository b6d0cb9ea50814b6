import { z } from "zod";
import { ENDPOINTS } from "./endpoints";

const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("invalid, unauthorized, forbidden, not_found, conflict, payload_too_large or internal"),
      message: z.string(),
      details: z.unknown().describe("For invalid input: { issues: [{ path, message }] }"),
    }),
  });

// Schemas are inlined (an empty metadata registry keeps zod from emitting JSON-Schema-style $defs).
const inline = z.registry<{ id?: string }>();
const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0", metadata: inline });

/** The OpenAPI 3 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of ENDPOINTS) {
    const pathParams = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    const queryParams = def.query ? queryParameters(def.query) : [];
    paths[def.path] ??= {};
    paths[def.path][def.method.toLowerCase()] = {
      summary: def.summary,
      tags: [def.tag],
      security: [{ bearerAuth: [] }],
      parameters: [...pathParams, ...queryParams],
      ...(def.body && { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(def.body, "input") } } } }),
      responses: {
        [String(def.status ?? 200)]: {
          description: "Success",
          ...(def.response && { content: { "application/json": { schema: jsonSchema(def.response, "output") } } }),
        },
        default: { description: "Error", content: { "application/json": { schema: jsonSchema(errorSchema, "output") } } },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Debrief API", version, description: "Post-call analytics and automation. Authenticate with `Authorization: Bearer <api key>`." },
    servers: [{ url: "/" }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    paths,
  };
}

function queryParameters(schema: z.ZodType) {
  const json = jsonSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, propertySchema]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: propertySchema,
  }));
}
