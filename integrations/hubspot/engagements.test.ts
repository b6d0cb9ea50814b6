import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHubSpotServer, type HubSpotServer } from "@/tests/support/hubspot-server";
import { logCall } from "./calls";
import { createHubSpotClient, type HubSpotClient } from "./client";
import { upsertDealForQualifiedLead } from "./deals";
import { createFollowUpTask } from "./tasks";

let server: HubSpotServer;
let api: HubSpotClient;
let contactId: string;

beforeAll(async () => {
  server = await startHubSpotServer();
  api = createHubSpotClient(server.token, server.baseUrl);
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  contactId = server.seed("contacts", { email: "jane@example.com" }).id;
});

const call = (effectKey: string) =>
  logCall(api, {
    contactId,
    effectKey,
    title: "Debrief: Qualified with Jane",
    bodyLines: ["Summary: wants a demo <soon>", 'Goal "Budget": achieved'],
    recordingUrl: "https://recordings.example.com/1.mp3",
    durationMs: 93_000,
    timestamp: new Date("2026-01-05T10:00:00Z"),
    direction: "inbound",
    ownerId: "77001",
  });

describe("logCall", () => {
  it("logs one call per effect key, associated with the contact (type 194)", async () => {
    const id = await call("conv-1:rule-1:hubspot:call");
    expect(await call("conv-1:rule-1:hubspot:call")).toBe(id);
    expect(server.objects.calls.size).toBe(1);

    const create = server.requests.filter((r) => r.method === "POST" && r.path === "/crm/v3/objects/calls");
    expect(create).toHaveLength(1);
    expect(create[0].body).toMatchObject({
      associations: [{ to: { id: contactId }, types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: 194 }] }],
      properties: {
        hs_call_title: "Debrief: Qualified with Jane",
        hs_call_direction: "INBOUND",
        hs_call_duration: "93000",
        hs_call_recording_url: "https://recordings.example.com/1.mp3",
        hs_timestamp: "2026-01-05T10:00:00.000Z",
        hubspot_owner_id: "77001",
      },
    });
    const body = server.objects.calls.get(id)!.properties.hs_call_body;
    expect(body).toContain("Summary: wants a demo &lt;soon&gt;<br>Goal &quot;Budget&quot;: achieved<br>Debrief ref: debrief-");
    expect(server.associated("contacts", contactId, "calls")).toEqual([id]);
  });

  it("a different effect key logs another call", async () => {
    await call("conv-1:rule-1:hubspot:call");
    await call("conv-2:rule-1:hubspot:call");
    expect(server.objects.calls.size).toBe(2);
  });

  it("finds its call beyond the first page of the contact's associations", async () => {
    for (let i = 0; i < 520; i++) {
      const other = server.seed("calls", { hs_call_body: `someone else's call ${i}` });
      server.associations.push({ fromType: "contacts", fromId: contactId, toType: "calls", toId: other.id, typeId: 193 });
    }
    const id = await call("conv-9:rule-1:hubspot:call");
    expect(await call("conv-9:rule-1:hubspot:call")).toBe(id);
    expect(server.objects.calls.size).toBe(521);
  });
});

describe("createFollowUpTask", () => {
  it("creates one task per effect key, due when asked, associated with the contact (type 204)", async () => {
    const input = { contactId, effectKey: "conv-1:rule-1:hubspot:task", subject: "Follow up with Jane", bodyLines: ["Call back Tuesday"], dueAt: new Date("2026-01-06T10:00:00Z"), ownerId: "77001" };
    const id = await createFollowUpTask(api, input);
    expect(await createFollowUpTask(api, input)).toBe(id);
    expect(server.objects.tasks.size).toBe(1);
    expect(server.objects.tasks.get(id)!.properties).toMatchObject({ hs_task_subject: "Follow up with Jane", hs_timestamp: "2026-01-06T10:00:00.000Z", hs_task_status: "NOT_STARTED", hubspot_owner_id: "77001" });
    const create = server.requests.find((r) => r.method === "POST" && r.path === "/crm/v3/objects/tasks");
    expect(create?.body).toMatchObject({ associations: [{ types: [{ associationTypeId: 204 }] }] });
  });
});

describe("upsertDealForQualifiedLead", () => {
  const deal = (effectKey: string, stageId: string) =>
    upsertDealForQualifiedLead(api, { contactId, effectKey, dealName: "Jane (qualified by Debrief)", pipelineId: "default", stageId, amount: 1200, descriptionLines: [`Qualified lead: https://debrief.test/c/${effectKey}`] });

  it("creates a deal (type 3), then moves it for a later conversation instead of duplicating it", async () => {
    const created = await deal("conv-1:deal", "qualifiedtobuy");
    expect(created.action).toBe("created");
    expect(await deal("conv-1:deal", "qualifiedtobuy")).toEqual({ dealId: created.dealId, action: "unchanged" });
    const create = server.requests.find((r) => r.method === "POST" && r.path === "/crm/v3/objects/deals");
    expect(create?.body).toMatchObject({ properties: { dealname: "Jane (qualified by Debrief)", pipeline: "default", dealstage: "qualifiedtobuy", amount: "1200" }, associations: [{ types: [{ associationTypeId: 3 }] }] });

    expect(await deal("conv-2:deal", "presentationscheduled")).toEqual({ dealId: created.dealId, action: "moved" });
    expect(server.objects.deals.size).toBe(1);
    expect(server.objects.deals.get(created.dealId)!.properties.dealstage).toBe("presentationscheduled");

    // Someone moves it by hand; a retry of the move must not move it back.
    server.objects.deals.get(created.dealId)!.properties.dealstage = "contractsent";
    expect(await deal("conv-2:deal", "presentationscheduled")).toEqual({ dealId: created.dealId, action: "unchanged" });
    expect(server.objects.deals.get(created.dealId)!.properties.dealstage).toBe("contractsent");
  });

  it("leaves closed deals and deals Debrief did not create alone", async () => {
    const first = await deal("conv-1:deal", "qualifiedtobuy");
    server.objects.deals.get(first.dealId)!.properties.hs_is_closed = "true";
    const manual = server.seed("deals", { dealname: "Sales' own deal", description: "typed by a human" });
    server.associations.push({ fromType: "contacts", fromId: contactId, toType: "deals", toId: manual.id, typeId: 4 });

    const second = await deal("conv-2:deal", "qualifiedtobuy");
    expect(second.action).toBe("created");
    expect(server.objects.deals.size).toBe(3);
    expect(manual.properties.dealstage).toBeUndefined();
  });
});
