import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleConversation } from "@/integrations/email/testing/sample-conversation";
import { startLoopbackServer } from "@/integrations/webhook/testing/loopback-server";
import { buildTeamAlert, sendTeamAlert } from "./team-alert";

describe("buildTeamAlert", () => {
  it("has a header with the outcome, fields with the key facts, goals, summary and a link button", () => {
    const alert = buildTeamAlert(sampleConversation);
    expect(alert.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Booked: Ana <Ruiz> & Co", emoji: true } });
    const fields = (alert.blocks[1] as { fields: { text: string }[] }).fields.map((f) => f.text);
    expect(fields).toEqual([
      "*Contact*\nAna &lt;Ruiz&gt; &amp; Co\n+14155550100\nana@example.com",
      "*Agent*\nSam",
      "*Duration*\n5m 35s · outbound",
      "*Ended*\nMar 10, 2026, 9:14 PM UTC",
    ]);
    expect(alert.blocks[2]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Goals*\n✅ Book appointment\n❌ Confirm insurance\n▫️ Upsell" } });
    expect(alert.blocks[3]).toMatchObject({ text: { text: "*Summary*\nAna booked a cleaning." } });
    expect(alert.blocks[4]).toMatchObject({ type: "actions", elements: [{ type: "button", url: sampleConversation.link, text: { text: "View conversation" } }] });
    expect(alert.text).toBe(`Booked: Ana &lt;Ruiz&gt; &amp; Co (agent Sam, 5m 35s) · goals 1/3 achieved · <${sampleConversation.link}|View conversation>`);
  });

  it("copes with a call that has no outcome, goals, summary or contact name", () => {
    const alert = buildTeamAlert({ ...sampleConversation, outcome: null, goals: [], summary: null, conversation: { ...sampleConversation.conversation, durationSeconds: null, contact: { name: null, phone: "+14155550100", email: null, company: null } } });
    expect(alert.blocks[0]).toMatchObject({ text: { text: "No outcome: +14155550100" } });
    expect(alert.blocks.map((b) => b.type)).toEqual(["header", "section", "actions", "context"]);
    expect(alert.text).toBe(`No outcome: +14155550100 (agent Sam) · <${sampleConversation.link}|View conversation>`);
  });
});

describe("sendTeamAlert", () => {
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  let answer = { status: 200, body: "ok" };
  beforeAll(async () => {
    server = await startLoopbackServer((_req, res) => res.writeHead(answer.status).end(answer.body));
  });
  afterAll(() => server.close());

  it("POSTs the blocks as JSON to the incoming webhook", async () => {
    answer = { status: 200, body: "ok" };
    const payload = buildTeamAlert(sampleConversation);
    const result = await sendTeamAlert(`${server.url}/services/T000/B000/XXXX`, payload, { allowPrivate: true, idempotencyKey: "d1" });
    expect(result).toMatchObject({ ok: true, status: 200, responseSnippet: "ok" });
    const [req] = server.received;
    expect(req).toMatchObject({ method: "POST", url: "/services/T000/B000/XXXX" });
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body)).toEqual(payload);
  });

  it("reports Slack's refusals: a removed webhook is permanent, rate limiting is retryable", async () => {
    answer = { status: 404, body: "no_service" };
    expect(await sendTeamAlert(server.url, buildTeamAlert(sampleConversation), { allowPrivate: true })).toMatchObject({ ok: false, retryable: false, responseSnippet: "no_service" });
    answer = { status: 429, body: "rate_limited" };
    expect(await sendTeamAlert(server.url, buildTeamAlert(sampleConversation), { allowPrivate: true })).toMatchObject({ ok: false, retryable: true });
  });

  it("refuses a loopback webhook URL by default", async () => {
    const before = server.received.length;
    expect(await sendTeamAlert(server.url, buildTeamAlert(sampleConversation), { allowPrivate: false })).toMatchObject({ ok: false, retryable: false });
    expect(server.received.length).toBe(before);
  });
});
