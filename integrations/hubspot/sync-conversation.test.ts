import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOwner } from "@/tests/support/factories";
import { startHubSpotServer, type HubSpotServer } from "@/tests/support/hubspot-server";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { assignHubSpotOwner } from "./assign-owner";
import { saveHubSpotConnection } from "./connection";
import { HubSpotError, HubSpotSetupError, RetryLaterError } from "./errors";
import { syncConversationToHubSpot, type SyncConversationInput } from "./sync-conversation";

let server: HubSpotServer;

beforeAll(async () => {
  server = await startHubSpotServer();
  process.env.HUBSPOT_BASE_URL = server.baseUrl;
  server.defineContactProperty("budget_range");
  server.defineContactProperty("debrief_intent");
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const input = (workspaceId: string, overrides: Partial<SyncConversationInput> = {}): SyncConversationInput => ({
  workspaceId,
  effectKey: "conv-1:rule-1:hubspot",
  conversation: {
    id: "conv-1",
    contact: { name: "Jane Doe", phone: "+14155550100", email: "jane@example.com", company: "Acme" },
    endedAt: new Date("2026-01-05T10:00:00Z"),
    durationSeconds: 93,
    direction: "inbound",
    recordingUrl: "https://recordings.example.com/conv-1.mp3",
    link: "https://debrief.test/w/acme/conversations/conv-1",
  },
  outcome: { name: "Qualified lead", isFollowUp: true, isQualifiedLead: true },
  summary: "Wants a demo next week.",
  goals: [{ title: "Budget confirmed", status: "achieved" }, { title: "Decision maker", status: "missed" }],
  variables: { budget: "10-50k", intent: "buy", unmapped: 3 },
  ...overrides,
});

const counts = () => ({ contacts: server.objects.contacts.size, calls: server.objects.calls.size, tasks: server.objects.tasks.size, deals: server.objects.deals.size });

describe.each(TEST_ENGINES)("syncConversationToHubSpot on %s", (engine) => {
  const database = suiteDatabase(engine);
  let workspaceId: string;
  let userId: string;
  beforeAll(async () => {
    const owner = await createOwner(database.db);
    [workspaceId, userId] = [owner.workspace.id, owner.user.id];
    await saveHubSpotConnection(owner.ctx, {
      token: server.token,
      dealPipelineId: "default",
      dealStageId: "qualifiedtobuy",
      taskDueInDays: 2,
      propertyMappings: [
        { variable: "budget", property: "budget_range", mode: "fill_if_empty" },
        { variable: "intent", property: "debrief_intent", mode: "overwrite" },
      ],
      ownerMappings: [{ userId, ownerId: "77001" }],
    });
  });

  it("upserts the contact, logs the call, creates the task and deal, writes properties and the owner", async () => {
    const result = await syncConversationToHubSpot(database.db, input(workspaceId, { assigneeUserId: userId }));
    expect(counts()).toEqual({ contacts: 1, calls: 1, tasks: 1, deals: 1 });
    expect(result).toMatchObject({ ownerId: "77001", propertiesWritten: expect.arrayContaining(["budget_range", "debrief_intent"]) });

    const contact = server.objects.contacts.get(result.contactId)!;
    expect(contact.properties).toMatchObject({ email: "jane@example.com", firstname: "Jane", budget_range: "10-50k", debrief_intent: "buy", hubspot_owner_id: "77001" });
    const call = server.objects.calls.get(result.callId)!;
    expect(call.properties.hs_call_body).toMatch(/Summary: Wants a demo.*Outcome: Qualified lead.*Budget confirmed&quot;: achieved.*Recording: https:\/\/recordings.*Conversation: https:\/\/debrief.test/);
    expect(call.properties).toMatchObject({ hs_call_duration: "93000", hubspot_owner_id: "77001" });
    expect(server.objects.tasks.get(result.taskId!)!.properties.hs_timestamp).toBe("2026-01-07T10:00:00.000Z");
    expect(server.objects.deals.get(result.dealId!)!.properties).toMatchObject({ pipeline: "default", dealstage: "qualifiedtobuy" });
    expect(server.associated("contacts", result.contactId, "calls")).toEqual([result.callId]);
  });

  it("runs again with the same effect key without creating anything", async () => {
    const first = await syncConversationToHubSpot(database.db, input(workspaceId));
    const second = await syncConversationToHubSpot(database.db, input(workspaceId));
    expect(second).toMatchObject({ contactId: first.contactId, callId: first.callId, taskId: first.taskId, dealId: first.dealId });
    expect(counts()).toEqual({ contacts: 1, calls: 1, tasks: 1, deals: 1 });
  });

  it("a crash at any request (HubSpot applied it, Debrief never heard back) then a rerun leaves exactly one of each", async () => {
    await syncConversationToHubSpot(database.db, input(workspaceId));
    const total = server.requests.length;
    expect(total).toBeGreaterThan(10);
    for (let k = 0; k < total; k++) {
      server.reset();
      server.fail({ match: /./, skip: k, status: 502, when: "after" });
      const error = await syncConversationToHubSpot(database.db, input(workspaceId)).catch((e: unknown) => e);
      expect(error, `request #${k}`).toBeInstanceOf(HubSpotError);
      expect((error as HubSpotError).retryable).toBe(true);
      const rerun = await syncConversationToHubSpot(database.db, input(workspaceId));
      expect(counts(), `crash at request #${k}`).toEqual({ contacts: 1, calls: 1, tasks: 1, deals: 1 });
      expect(server.objects.deals.get(rerun.dealId!)!.properties.dealstage).toBe("qualifiedtobuy");
    }
  });

  it("a later conversation of the same lead moves the Debrief deal instead of adding one", async () => {
    const first = await syncConversationToHubSpot(database.db, input(workspaceId));
    const second = await syncConversationToHubSpot(database.db, input(workspaceId, { effectKey: "conv-2:rule-1:hubspot" }));
    expect(second.dealId).toBe(first.dealId);
    expect(counts()).toEqual({ contacts: 1, calls: 2, tasks: 2, deals: 1 });
  });

  it("no task without a follow-up outcome, no deal without a qualified lead", async () => {
    const result = await syncConversationToHubSpot(database.db, input(workspaceId, { outcome: { name: "Not interested", isFollowUp: false, isQualifiedLead: false } }));
    expect(result.taskId).toBeUndefined();
    expect(result.dealId).toBeUndefined();
    expect(counts()).toEqual({ contacts: 1, calls: 1, tasks: 0, deals: 0 });
  });

  it("a contact with neither email nor phone skips HubSpot with a clear, permanent error", async () => {
    const noContact = input(workspaceId, { conversation: { ...input(workspaceId).conversation, contact: { name: "Anonymous" } } });
    const error = await syncConversationToHubSpot(database.db, noContact).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubSpotSetupError);
    expect(error).toMatchObject({ retryable: false, message: expect.stringMatching(/neither an email nor a phone/) });
    expect(server.requests).toHaveLength(0);
  });

  it("a workspace without HubSpot gets a permanent error", async () => {
    const other = await createOwner(database.db, "Grace Hopper");
    await expect(syncConversationToHubSpot(database.db, input(other.workspace.id))).rejects.toMatchObject({ retryable: false, message: "HubSpot is not connected in this workspace" });
  });

  it("lead routing sets the mapped owner, and says why when it cannot", async () => {
    const contact = { phone: "+14155550199", name: "Lee" };
    const done = await assignHubSpotOwner(database.db, { workspaceId, contact, userId });
    expect(done).toMatchObject({ assigned: true, ownerId: "77001" });
    expect(await assignHubSpotOwner(database.db, { workspaceId, contact, userId })).toEqual(done);
    expect(counts().contacts).toBe(1);
    expect(server.objects.contacts.get(done.assigned ? done.contactId : "")!.properties.hubspot_owner_id).toBe("77001");
    expect(await assignHubSpotOwner(database.db, { workspaceId, contact, userId: "someone-else" })).toEqual({ assigned: false, reason: "member_not_mapped" });
    const other = await createOwner(database.db, "Grace Hopper");
    expect(await assignHubSpotOwner(database.db, { workspaceId: other.workspace.id, contact, userId })).toEqual({ assigned: false, reason: "not_connected" });
  });

  it("a 429 mid-run surfaces as RetryLaterError(2000); the retry completes without duplicates", async () => {
    server.fail({ match: /POST \/crm\/v3\/objects\/tasks$/, status: 429 });
    const error = await syncConversationToHubSpot(database.db, input(workspaceId)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect((error as RetryLaterError).retryAfterMs).toBe(2000);
    await syncConversationToHubSpot(database.db, input(workspaceId));
    expect(counts()).toEqual({ contacts: 1, calls: 1, tasks: 1, deals: 1 });
  });
});
