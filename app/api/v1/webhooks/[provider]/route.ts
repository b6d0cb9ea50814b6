import { getDb } from "@/db";
import { dispatchSoon } from "@/lib/jobs/dispatch-soon";
import { errorResponse, json } from "@/lib/api/respond";
import { receiveWebhook } from "@/lib/call-providers/receive-webhook";

/** Voice platforms post here; they authenticate by signature, not API key (see Integrations). */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  try {
    const { provider } = await params;
    const outcome = await receiveWebhook(await getDb(), provider, new URL(request.url).searchParams.get("connection"), request);
    if (outcome.kind === "ignored") return json({ ignored: true, reason: outcome.reason });
    if (outcome.created) dispatchSoon();
    return json({ id: outcome.id, status: outcome.status }, outcome.created ? 202 : 200);
  } catch (error) {
    return errorResponse(error);
  }
}
