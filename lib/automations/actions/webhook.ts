import { postJson } from "@/integrations/webhook/post-json";
import { webhookEnvelope } from "@/integrations/webhook/envelope";
import type { ActionPerformer, ActionOutcome } from "./types";
import type { PostJsonResult } from "@/integrations/webhook/post-json";

/** A receiver's answer as an action outcome (shared with objective callbacks). */
export function outcomeOfPost(result: PostJsonResult, request: Record<string, unknown>): ActionOutcome {
  if (result.ok) return { status: "succeeded", responseStatus: result.status, request, result: { response: result.responseSnippet } };
  return { status: "failed", retryable: result.retryable, error: result.error ?? `HTTP ${result.status}`, responseStatus: result.status, request, retryAfterMs: result.retryAfterSeconds ? result.retryAfterSeconds * 1000 : undefined };
}

export const webhookPerformer: ActionPerformer<{ id: string; type: "webhook"; url: string }> = {
  describe: (action) => `Webhook to ${new URL(action.url).host}`,
  async perform(action, ctx) {
    const body = webhookEnvelope({
      id: ctx.effectKey,
      type: ctx.conversion ? "conversion.recorded" : "conversation.evaluated",
      data: { workspace: { id: ctx.workspace.id, name: ctx.workspace.name }, conversation: ctx.conversation && { ...ctx.conversation, transcript: undefined }, results: ctx.results, conversion: ctx.conversion, link: ctx.link },
    });
    const result = await postJson(action.url, body, { secret: ctx.secret ?? undefined, idempotencyKey: ctx.effectKey });
    return outcomeOfPost(result, { url: action.url, type: body.type, bytes: JSON.stringify(body).length });
  },
};
