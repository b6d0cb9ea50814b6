import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { conversationAssignees, deliveries, emails } from "@/db/schema";
import { plainText, startSmtpTestServer } from "@/integrations/email/testing/smtp-test-server";
import { saveHubSpotConnection } from "@/integrations/hubspot/connection";
import { startLoopbackServer } from "@/integrations/webhook/testing/loopback-server";
import { setWorkspaceTimeZone } from "@/lib/analytics/set-time-zone";
import { recordConversion } from "@/lib/conversions/conversions";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { setEvaluator } from "@/lib/evaluation/evaluator";
import { createLocalEvaluator } from "@/lib/evaluation/local";
import { decideObjective, overrideOutcome } from "@/lib/evaluation/overrides";
import { createInvitation, acceptInvitation } from "@/lib/members/invitations";
import { listOutcomes } from "@/lib/outcomes/outcomes";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { startHubSpotServer } from "@/tests/support/hubspot-server";
import { runAllJobs } from "@/tests/support/run-jobs";
import { suiteDatabase } from "@/tests/support/test-db";
import { createAutomation, rotateWebhookSecret } from "./automations";
import { callbackSigningSecret } from "./objective-callback";
import { listDeliveries, replayDelivery } from "./deliveries";
import { previewAutomation } from "./preview";

const BOOKED = [
  { speaker: "agent", text: "Thanks for calling Lakeside Dental. How can I help?" },
  { speaker: "customer", text: "I'd like to book a cleaning. My email is ana@example.com." },
  { speaker: "agent", text: "Your appointment is booked for Tuesday at 3:30 PM." },
  { speaker: "customer", text: "Perfect, thank you!" },
];
const DECLINED = [
  { speaker: "agent", text: "Would you like to book a cleaning this week?" },
  { speaker: "customer", text: "No thanks, I'm not interested. Please don't call again." },
];

const verify = (secret: string, header: string, body: string) => {
  const [t, v1] = header.split(",").map((p) => p.split("=")[1]);
  return createHmac("sha256", secret).update(`${t}.${body}`).digest("hex") === v1;
};

describe("automations after the call (real SMTP, HubSpot and webhook servers on loopback)", () => {
  const database = suiteDatabase("pglite", { asAppDatabase: true });
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  let hubspot: Awaited<ReturnType<typeof startHubSpotServer>>;
  let receiver: Awaited<ReturnType<typeof startLoopbackServer>>;
  let failNext = 0;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    hubspot = await startHubSpotServer();
    receiver = await startLoopbackServer((req, res) => {
      if (req.url === "/gone") res.writeHead(404).end("no such hook");
      else if (failNext > 0) {
        failNext -= 1;
        res.writeHead(503).end("busy");
      } else res.end("ok");
    });
    // Read by getEnv() on first use in this file: real servers on loopback.
    process.env.SMTP_URL = smtp.url;
    process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
    process.env.HUBSPOT_BASE_URL = hubspot.baseUrl;
    setEvaluator(createLocalEvaluator());
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), hubspot.close(), receiver.close()]);
  });

  async function call(ctx: Parameters<typeof ingestConversation>[0], agentId: string, transcript = BOOKED, extra: Record<string, unknown> = {}) {
    const { id } = await ingestConversation(ctx, callBody(agentId, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined, transcript, ...extra }));
    await runAllJobs(database.db);
    return id;
  }

  async function setup() {
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx, [["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }]]);
    return { ...owner, agent };
  }

  it("Appointment Scheduled → email + signed webhook, exactly once however often the event comes", async () => {
    const { ctx, agent } = await setup();
    await setWorkspaceTimeZone(ctx, { timeZone: "America/New_York" });
    const rule = await createAutomation(ctx, {
      name: "Booked → tell the desk",
      trigger: { outcomes: ["Appointment Scheduled"], goals: [{ key: "appointment_booked", status: "achieved" }] },
      actions: [
        { type: "email", to: ["desk@example.com"], subject: "Booked: {{contact.name}}", body: "{{contact.name}} booked.\nOutcome: {{outcome}}\nEnded {{conversation.endedAt}}\n{{goals}}\n{{link}}" },
        { type: "webhook", url: `${receiver.url}/hooks/booked` },
      ],
    });
    const webhookSecret = Object.values(rule.secrets)[0];
    expect(webhookSecret).toMatch(/^whsec_/);
    const before = smtp.received.length;
    const id = await call(ctx, agent.id, BOOKED, { endedAt: "2030-07-01T13:00:00Z" });

    const mail = smtp.received.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toEqual(["desk@example.com"]);
    expect(mail[0].raw).toContain("Subject: Booked: Ana Ruiz");
    expect(plainText(mail[0].raw)).toContain(`/conversations/${id}`);
    expect(plainText(mail[0].raw)).toContain("Ended Jul 1, 2030, 9:00 AM EDT"); // the workspace's zone, not UTC
    const hook = receiver.received.filter((r) => r.url === "/hooks/booked").at(-1)!;
    expect(verify(webhookSecret, String(hook.headers["x-debrief-signature"]), hook.body)).toBe(true);
    expect(JSON.parse(hook.body)).toMatchObject({ type: "conversation.evaluated", data: { conversation: { id }, results: { outcome: { machine: { name: "Appointment Scheduled" } } } } });

    // The same event again (a duplicate delivery from the queue) changes nothing.
    const { data } = await listDeliveries(ctx, {});
    expect(data.map((d) => [d.actionType, d.status]).sort()).toEqual([["email", "succeeded"], ["webhook", "succeeded"]]);
    const hooksBefore = receiver.received.length;
    const { outboxEvents } = await import("@/db/schema");
    await database.db.insert(outboxEvents).values({ workspaceId: ctx.workspace.id, name: "conversation/evaluated", data: { workspaceId: ctx.workspace.id, conversationId: id, evaluationId: "again" } });
    await runAllJobs(database.db);
    expect(smtp.received.length - before).toBe(1);
    expect(receiver.received.length).toBe(hooksBefore);
  });

  it("retries a failing webhook with backoff and logs every attempt; a replay runs it once more", async () => {
    const { ctx, agent } = await setup();
    await createAutomation(ctx, { name: "All calls → CRM hook", trigger: {}, actions: [{ type: "webhook", url: `${receiver.url}/hooks/all` }] });
    failNext = 2;
    await call(ctx, agent.id);
    const [delivery] = (await listDeliveries(ctx, { status: "succeeded" })).data;
    expect(delivery.attempts.map((a) => a.responseStatus)).toEqual([503, 503, 200]);
    expect(delivery.attempts[0].error).toMatch(/503/);
    await expect(replayDelivery(ctx, delivery.id)).rejects.toMatchObject({ issues: [{ path: "status" }] });
  });

  it("a permanent failure is not retried, is shown as failed, and can be replayed", async () => {
    const { ctx, agent } = await setup();
    await createAutomation(ctx, { name: "To a removed hook", trigger: {}, actions: [{ type: "webhook", url: `${receiver.url}/gone` }] });
    await call(ctx, agent.id);
    const [failed] = (await listDeliveries(ctx, { status: "failed" })).data;
    expect(failed.attempts.map((a) => a.responseStatus)).toEqual([404]);
    expect(await replayDelivery(ctx, failed.id)).toMatchObject({ status: "pending" });
  });

  it("HubSpot: contact, call and follow-up task written once, with the token encrypted", async () => {
    const { ctx, agent } = await setup();
    await saveHubSpotConnection(ctx, { token: hubspot.token });
    await createAutomation(ctx, { name: "Everything to HubSpot", trigger: {}, actions: [{ type: "hubspot" }] });
    const id = await call(ctx, agent.id);
    const [delivery] = (await listDeliveries(ctx, { conversationId: id })).data;
    expect(delivery).toMatchObject({ status: "succeeded", result: { contactId: expect.any(String), callId: expect.any(String) } });
    expect(hubspot.objects.contacts.size).toBeGreaterThanOrEqual(1);
    const calls = hubspot.objects.calls.size;
    const { outboxEvents } = await import("@/db/schema");
    await database.db.insert(outboxEvents).values({ workspaceId: ctx.workspace.id, name: "conversation/reviewed", data: { workspaceId: ctx.workspace.id, conversationId: id } });
    await runAllJobs(database.db);
    expect(hubspot.objects.calls.size).toBe(calls);
  });

  it("an outcome override runs the new outcome's rules and does not repeat the old ones", async () => {
    const { ctx, agent } = await setup();
    await createAutomation(ctx, { name: "Booked", trigger: { outcomes: ["Appointment Scheduled"] }, actions: [{ type: "webhook", url: `${receiver.url}/hooks/booked-2` }] });
    await createAutomation(ctx, { name: "Follow up", trigger: { outcomes: ["Follow-up Needed"] }, actions: [{ type: "webhook", url: `${receiver.url}/hooks/follow-up` }] });
    const id = await call(ctx, agent.id);
    const followUp = (await listOutcomes(ctx)).find((o) => o.name === "Follow-up Needed")!;
    await overrideOutcome(ctx, id, { outcomeId: followUp.id });
    await runAllJobs(database.db);
    await overrideOutcome(ctx, id, { outcomeId: (await listOutcomes(ctx)).find((o) => o.name === "Appointment Scheduled")!.id });
    await runAllJobs(database.db);
    expect(receiver.received.filter((r) => r.url === "/hooks/booked-2")).toHaveLength(1);
    expect(receiver.received.filter((r) => r.url === "/hooks/follow-up")).toHaveLength(1);
  });

  it("routes leads round robin, notifies the assignee and shows the assignee", async () => {
    const { ctx, agent, user } = await setup();
    const colleague = await createOwner(database.db, "Colleague");
    const { link } = await createInvitation(ctx, { email: colleague.email, role: "member" }, "http://localhost:3000");
    await acceptInvitation(database.db, { id: colleague.user.id, email: colleague.email }, link.split("/").pop()!);
    await createAutomation(ctx, { name: "Route", trigger: {}, actions: [{ type: "lead_routing", strategy: "round_robin", members: [user.id, colleague.user.id] }] });
    const first = await call(ctx, agent.id);
    const second = await call(ctx, agent.id);
    const assignees = await database.db.select().from(conversationAssignees).where(eq(conversationAssignees.workspaceId, ctx.workspace.id));
    const byConversation = Object.fromEntries(assignees.map((a) => [a.conversationId, a.userId]));
    expect(new Set([byConversation[first], byConversation[second]])).toEqual(new Set([user.id, colleague.user.id]));
    const notices = await database.db.select().from(emails).where(and(eq(emails.workspaceId, ctx.workspace.id)));
    expect(notices.filter((e) => e.subject.startsWith("New lead for you"))).toHaveLength(2);
  });

  it("posts an objective's output variables to its callback URL once it is confirmed", async () => {
    const { ctx } = await setup();
    const agent = await createAgentWithGoals(ctx, [["email_collected", { description: "The customer gave an email address.", confirmationMode: "manual", outputVariables: [{ name: "email", type: "email" }], callbackUrl: "https://placeholder.example.com/cb" }]], "Callbacks");
    const { updateGoal } = await import("@/lib/goals/update-goal");
    await updateGoal(ctx, agent.id, "email_collected", { callbackUrl: null });
    const id = await call(ctx, agent.id);
    // Callback URLs must be https in definitions; the test receiver is http, so point the judged revision at it.
    const { goalRevisions } = await import("@/db/schema");
    await database.db.update(goalRevisions).set({ snapshot: { ...(await database.db.select().from(goalRevisions).where(eq(goalRevisions.workspaceId, ctx.workspace.id)))[0].snapshot, callbackUrl: `${receiver.url}/objective` } }).where(eq(goalRevisions.workspaceId, ctx.workspace.id));
    await decideObjective(ctx, id, "email_collected", "confirm");
    await runAllJobs(database.db);
    const posted = receiver.received.filter((r) => r.url === "/objective");
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0].body)).toMatchObject({ type: "objective.completed", data: { conversationId: id, objectiveKey: "email_collected", outputVariables: { email: "ana@example.com" } } });
    expect(verify(callbackSigningSecret(ctx.workspace.id), String(posted[0].headers["x-debrief-signature"]), posted[0].body)).toBe(true);
  });

  it("previews a trigger on recent calls and rotates a webhook secret", async () => {
    const { ctx, agent } = await setup();
    await call(ctx, agent.id);
    await call(ctx, agent.id, DECLINED);
    expect(await previewAutomation(ctx, { trigger: { outcomes: ["Not Interested"] } })).toMatchObject({ matched: 1, of: 2 });
    const rule = await createAutomation(ctx, { name: "Hook", enabled: false, trigger: {}, actions: [{ type: "webhook", url: `${receiver.url}/x` }] });
    const actionId = rule.actions[0].id as string;
    const rotated = await rotateWebhookSecret(ctx, rule.id, actionId);
    expect(rotated.secret).not.toBe(rule.secrets[actionId]);
  });

  it("conversion/recorded runs conversion rules", async () => {
    const { ctx, agent } = await setup();
    await createAutomation(ctx, { name: "Sale!", trigger: { event: "conversion.recorded" }, actions: [{ type: "webhook", url: `${receiver.url}/sale` }] });
    await call(ctx, agent.id);
    await recordConversion(ctx, { phone_number: "+14155550100", team_id: ctx.workspace.id, event_type: "sale", event_profit: 120 });
    await runAllJobs(database.db);
    const sale = receiver.received.filter((r) => r.url === "/sale");
    expect(sale).toHaveLength(1);
    expect(JSON.parse(sale[0].body)).toMatchObject({ type: "conversion.recorded", data: { conversion: { eventType: "sale", profit: 120 } } });
    const rows = await database.db.select().from(deliveries).where(eq(deliveries.workspaceId, ctx.workspace.id));
    expect(rows.map((r) => [r.actionType, r.conversionId !== null, r.status])).toEqual([["webhook", true, "succeeded"]]);
  });
});
