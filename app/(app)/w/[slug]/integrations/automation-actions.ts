"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sendEmail } from "@/integrations/email/send-email";
import { deleteHubSpotConnection, saveHubSpotConnection, testHubSpotConnection } from "@/integrations/hubspot";
import { buildTeamAlert, sendTeamAlert } from "@/integrations/slack/team-alert";
import { webhookEnvelope } from "@/integrations/webhook/envelope";
import { postJson, type PostJsonResult } from "@/integrations/webhook/post-json";
import { workspaceAction } from "@/lib/auth/action";
import { conversionPixelToken } from "@/lib/conversions/conversions";
import { getEnv } from "@/lib/env";
import { emailSchema, parseInput } from "@/lib/validation";
import { sampleCall } from "./sample-call";

/*
 * The Integrations page's "connect and test" actions. Each test answers with a result the card
 * shows as it is (status, duration, what came back), never a bare "ok".
 */

const refresh = (slug: string) => revalidatePath(`/w/${slug}/integrations`);
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export type SendResult = Pick<PostJsonResult, "ok" | "status" | "durationMs" | "responseSnippet" | "error">;
const sendResult = (r: PostJsonResult): SendResult => ({ ok: r.ok, status: r.status, durationMs: r.durationMs, responseSnippet: r.responseSnippet, error: r.error });

export const sendTestEmailAction = workspaceAction<{ status: string; transport: string; error?: string }>("integrations.manage", async (ctx, input) => {
  const { to } = parseInput(z.object({ to: emailSchema }), input);
  const sent = await sendEmail(ctx.db, {
    workspaceId: ctx.workspace.id,
    to: [to],
    subject: "Debrief test email",
    text: `This is a test email from the ${ctx.workspace.name} workspace in Debrief.\n\nIf it arrived, automation rules can email you too.\n\n${getEnv().APP_URL}/w/${ctx.workspace.slug}/automations`,
  });
  const message =
    sent.status === "stored"
      ? `Stored in the outbox (no SMTP server is configured): read it in Settings → Email`
      : sent.status === "sent"
        ? `Sent to ${to} through SMTP`
        : `Not sent: ${sent.error ?? sent.status}`;
  return { message, data: { status: sent.status, transport: sent.transport, ...(sent.error && { error: sent.error }) } };
});

export const saveHubSpotAction = workspaceAction("integrations.manage", async (ctx, input) => {
  const connection = await saveHubSpotConnection(ctx, input.connection);
  refresh(ctx.workspace.slug);
  return { message: `HubSpot settings saved (token ${connection.tokenHint})` };
});

export const testHubSpotAction = workspaceAction<{ ok: boolean; message: string }>("integrations.manage", async (ctx) => {
  const result = await testHubSpotConnection(ctx);
  refresh(ctx.workspace.slug);
  return { data: { ok: result.ok, message: result.message } };
});

export const disconnectHubSpotAction = workspaceAction("integrations.manage", async (ctx) => {
  await deleteHubSpotConnection(ctx);
  refresh(ctx.workspace.slug);
  return { message: "HubSpot disconnected; its token is deleted" };
});

export const sendTestWebhookAction = workspaceAction<SendResult>("integrations.manage", async (ctx, input) => {
  const { url, secret } = parseInput(z.object({ url: httpUrl, secret: z.string().regex(/^whsec_test_[A-Za-z0-9_-]{16,64}$/, "is not a test secret this page made") }), input);
  const body = webhookEnvelope({ id: `test_${randomUUID()}`, type: "debrief.test", data: { message: "A test delivery from Debrief's Integrations page", workspace: { id: ctx.workspace.id, name: ctx.workspace.name } } });
  return { data: sendResult(await postJson(url, body, { secret, idempotencyKey: body.id })) };
});

export const sendTestAlertAction = workspaceAction<SendResult>("integrations.manage", async (ctx, input) => {
  const { url } = parseInput(z.object({ url: httpUrl }), input);
  const payload = buildTeamAlert(sampleCall({ appUrl: getEnv().APP_URL, slug: ctx.workspace.slug, workspace: { name: ctx.workspace.name, timeZone: ctx.timeZone } }));
  return { data: sendResult(await sendTeamAlert(url, payload)) };
});

export const rotatePixelTokenAction = workspaceAction<{ token: string }>("integrations.manage", async (ctx) => {
  const token = await conversionPixelToken(ctx, { rotate: true });
  refresh(ctx.workspace.slug);
  return { message: "New pixel token made; pixels with the old one stop recording", data: { token } };
});
