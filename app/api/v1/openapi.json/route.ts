import { buildOpenApiDocument } from "@/lib/api/openapi";
import { VERSION } from "@/lib/version";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(VERSION));
}
