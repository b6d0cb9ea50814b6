import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHubSpotServer, type HubSpotServer } from "@/tests/support/hubspot-server";
import { createHubSpotClient, type HubSpotClient } from "./client";
import { setContactOwner, upsertContact, writeContactProperties } from "./contacts";
import { HubSpotRequestError, HubSpotSetupError } from "./errors";

let server: HubSpotServer;
let api: HubSpotClient;

beforeAll(async () => {
  server = await startHubSpotServer();
  api = createHubSpotClient(server.token, server.baseUrl);
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const contacts = () => [...server.objects.contacts.values()];

describe("upsertContact", () => {
  it("by email twice → one contact, through the batch upsert keyed on email", async () => {
    const first = await upsertContact(api, { email: "Jane@Example.com", name: "Jane Doe", phone: "(415) 555-0100", company: "Acme" });
    const second = await upsertContact(api, { email: "jane@example.com", name: "Jane Doe" });
    expect(second).toBe(first);
    expect(contacts()).toHaveLength(1);
    expect(contacts()[0].properties).toMatchObject({ email: "jane@example.com", firstname: "Jane", lastname: "Doe", phone: "+14155550100", company: "Acme" });
    const upsert = server.requests.find((r) => r.path === "/crm/v3/objects/contacts/batch/upsert");
    expect(upsert?.body).toEqual({ inputs: [{ idProperty: "email", id: "jane@example.com", properties: { email: "jane@example.com" } }] });
  });

  it("by phone twice (formatted differently) → one contact", async () => {
    const first = await upsertContact(api, { phone: "+1 415-555-0100", name: "Sam" });
    const second = await upsertContact(api, { phone: "(415) 555-0100" });
    expect(second).toBe(first);
    expect(contacts()).toHaveLength(1);
    const search = server.requests.find((r) => r.path === "/crm/v3/objects/contacts/search");
    expect(search?.body).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: "phone", operator: "EQ", value: "+14155550100" }] }, { filters: [{ propertyName: "mobilephone", operator: "EQ", value: "+14155550100" }] }],
    });
  });

  it("finds a contact by its mobile number and never overwrites what sales typed", async () => {
    const existing = server.seed("contacts", { mobilephone: "+14155550100", firstname: "Janet" });
    expect(await upsertContact(api, { phone: "4155550100", name: "Jane Doe" })).toBe(existing.id);
    expect(existing.properties).toMatchObject({ firstname: "Janet", lastname: "Doe", phone: "+14155550100" });
    expect(contacts()).toHaveLength(1);
  });

  it("falls back to the phone when the email is malformed", async () => {
    await upsertContact(api, { email: "jane at example", phone: "+14155550100" });
    expect(contacts()).toHaveLength(1);
    expect(contacts()[0].properties.email).toBeUndefined();
  });

  it("refuses a contact without email or usable phone, before calling HubSpot", async () => {
    await expect(upsertContact(api, { name: "Nobody", phone: "n/a" })).rejects.toBeInstanceOf(HubSpotSetupError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("writeContactProperties", () => {
  it("fill_if_empty keeps a set value; overwrite replaces it; empty variables are skipped", async () => {
    server.defineContactProperty("budget");
    server.defineContactProperty("debrief_intent");
    const id = server.seed("contacts", { email: "a@example.com", budget: "5000", jobtitle: "", debrief_intent: "old" }).id;
    const written = await writeContactProperties(api, {
      contactId: id,
      values: { budget: 9000, role: "CTO", intent: "buy", missing: null, blank: "" },
      mappings: [
        { variable: "budget", property: "budget", mode: "fill_if_empty" },
        { variable: "role", property: "jobtitle", mode: "fill_if_empty" },
        { variable: "intent", property: "debrief_intent", mode: "overwrite" },
        { variable: "missing", property: "company", mode: "overwrite" },
        { variable: "blank", property: "lifecyclestage", mode: "overwrite" },
      ],
    });
    expect(written.sort()).toEqual(["debrief_intent", "jobtitle"]);
    expect(server.objects.contacts.get(id)?.properties).toMatchObject({ budget: "5000", jobtitle: "CTO", debrief_intent: "buy" });
    expect(server.objects.contacts.get(id)?.properties.company).toBeUndefined();
  });

  it("a property HubSpot does not have is a non-retryable error with HubSpot's message", async () => {
    const id = server.seed("contacts", { email: "a@example.com" }).id;
    const write = writeContactProperties(api, { contactId: id, values: { x: "1" }, mappings: [{ variable: "x", property: "no_such_property", mode: "overwrite" }] });
    await expect(write).rejects.toBeInstanceOf(HubSpotRequestError);
    await expect(write).rejects.toMatchObject({ status: 400, retryable: false, message: expect.stringMatching(/no_such_property.*does not exist/) });
  });

  it("writes nothing when no mapped variable has a value", async () => {
    const id = server.seed("contacts", { email: "a@example.com" }).id;
    expect(await writeContactProperties(api, { contactId: id, values: {}, mappings: [{ variable: "x", property: "company", mode: "overwrite" }] })).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});

describe("setContactOwner", () => {
  it("sets hubspot_owner_id", async () => {
    const id = server.seed("contacts", { email: "a@example.com" }).id;
    await setContactOwner(api, id, "77001");
    expect(server.objects.contacts.get(id)?.properties.hubspot_owner_id).toBe("77001");
  });
});
