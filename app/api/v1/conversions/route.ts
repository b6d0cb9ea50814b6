import { getDb } from "@/db";
import { apiHandler } from "@/lib/api/handler";
import { recordConversionEndpoint } from "@/lib/api/endpoints/conversions-tracking";
import { errorResponse, json } from "@/lib/api/respond";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { listConversions, pixelContext, recordConversion } from "@/lib/conversions/conversions";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";

export const POST = apiHandler(recordConversionEndpoint, async ({ ctx, body }) => {
  const conversion = await recordConversion(ctx, body, "api");
  dispatchSoon();
  return json(conversion, 201);
});

// A transparent 1×1 GIF, for <img> pixels.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** GET records with ?phone_number=… (API key or ?token=pixel token), or lists recent conversions (API key). */
export async function GET(request: Request) {
  try {
    const db = await getDb();
    const params = new URL(request.url).searchParams;
    const query = Object.fromEntries(params);
    const authorization = request.headers.get("authorization");
    if (!query.phone_number) {
      const ctx = await verifyApiKey(db, authorization);
      return json({ data: await listConversions(ctx) });
    }
    const ctx = authorization ? await verifyApiKey(db, authorization) : await pixelContext(db, query.token ?? null);
    const conversion = await recordConversion(ctx, query, authorization ? "api" : "pixel");
    dispatchSoon();
    if (query.format === "gif") return new Response(PIXEL, { headers: { "content-type": "image/gif", "cache-control": "no-store" } });
    return json(conversion, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
