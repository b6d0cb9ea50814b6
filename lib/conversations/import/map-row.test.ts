import { describe, expect, it } from "vitest";
import { conversationInputSchema } from "@/lib/conversations/input-schema";
import { derivedExternalId, mapImportRow, readColumn } from "./map-row";
import { parseJsonl } from "./parse-file";
import { suggestMapping, detectColumns } from "./suggest-mapping";
import { checkMappedRow } from "./validate-row";

const sgdRow = {
  id: "sgd-train-10_00070",
  source: "SGD train",
  services: ["Events_2"],
  callDate: "2019-03-01",
  transcript: [
    { speaker: "customer", text: "Can you help me searching for events?" },
    { speaker: "agent", text: "Which city you want me to look in?" },
  ],
  goals: [{ name: "Event tickets purchased", expected: "achieved" }],
};

describe("mapImportRow", () => {
  it("maps an SGD record with the suggested mapping: id, callDate as the end (midnight UTC), turns, the chosen agent", () => {
    const mapping = suggestMapping(detectColumns([sgdRow]));
    expect(mapping).toEqual({ externalId: "id", endedAt: "callDate", transcript: "transcript" });
    const mapped = mapImportRow(sgdRow, mapping, { agentId: "agent_1" });
    expect(mapped).toEqual({ externalId: "sgd-train-10_00070", agentId: "agent_1", endedAt: "2019-03-01T00:00:00Z", transcript: sgdRow.transcript });
    expect(conversationInputSchema.safeParse(mapped).success).toBe(true);
  });

  it("maps a CSV row of strings: numbers, dates, enums, contact, metadata, text transcript", () => {
    const row = {
      call_id: "c-1",
      started_at: "2026-11-20 15:04:05",
      ended_at: "2026-11-20 15:09:40",
      duration: "5:35",
      direction: "Outgoing",
      end_reason: "customer_ended",
      customer_name: " Ana Ruiz ",
      phone: "(415) 555-0100",
      email: "ana@example.com",
      recording_url: "https://recordings.example.com/c-1.mp3",
      metadata: '{"crmId":"42"}',
      transcript: "Agent: Hello, Lakeside Dental.\nCustomer: Hi, I need to move my appointment.",
      campaign: "spring",
    };
    const mapping = suggestMapping(detectColumns([row]));
    const mapped = mapImportRow(row, mapping, { agentId: "agent_1" });
    expect(mapped).toEqual({
      externalId: "c-1",
      agentId: "agent_1",
      startedAt: "2026-11-20T15:04:05Z",
      endedAt: "2026-11-20T15:09:40Z",
      durationSeconds: 335,
      direction: "outbound",
      endReason: "customer-ended",
      contact: { name: "Ana Ruiz", phone: "(415) 555-0100", email: "ana@example.com" },
      recordingUrl: "https://recordings.example.com/c-1.mp3",
      metadata: { crmId: "42" },
      transcript: row.transcript,
    });
    expect(checkMappedRow(mapped)).toEqual([]);
    expect(mapImportRow(row, mapping, { agentId: "agent_1", keepOtherColumns: true }).metadata).toEqual({ campaign: "spring", crmId: "42" });
  });

  it("reads nested JSONL values by dotted path, and a literal dotted CSV header first", () => {
    const row = { id: "n-1", contact: { email: "ana@example.com", phone: "+14155550100" }, transcript: "Agent: hi" };
    const mapping = suggestMapping(detectColumns([row]));
    expect(mapping).toMatchObject({ "contact.email": "contact.email", "contact.phone": "contact.phone" });
    expect(mapImportRow(row, mapping, { agentId: "a" }).contact).toEqual({ email: "ana@example.com", phone: "+14155550100" });
    expect(readColumn({ "contact.email": "flat@example.com", contact: { email: "nested@example.com" } }, "contact.email")).toBe("flat@example.com");
    expect(readColumn({ contact: "not an object" }, "contact.email")).toBeUndefined();
  });

  it("derives a stable externalId from the row's canonical JSON when there is none", () => {
    const row = { transcript: "Agent: hi", when: "2026-11-20" };
    const mapping = { transcript: "transcript", endedAt: "when" } as const;
    const first = mapImportRow(row, mapping, { agentId: "a" }).externalId;
    expect(first).toMatch(/^import:[0-9a-f]{64}$/);
    expect(mapImportRow({ when: "2026-11-20", transcript: "Agent: hi" }, mapping, { agentId: "b" }).externalId).toBe(first);
    expect(mapImportRow({ ...row, when: "2026-11-21" }, mapping).externalId).not.toBe(first);
    expect(mapImportRow({ ...row, id: "   " }, { ...mapping, externalId: "id" }).externalId).toBe(derivedExternalId({ ...row, id: "   " }));
  });

  it("lets a row's own agent win over the file's, and needs one of them", () => {
    const mapping = { transcript: "t", agentId: "agent", agentPhoneNumber: "line" } as const;
    expect(mapImportRow({ t: "Agent: hi", agent: "row_agent" }, mapping, { agentId: "file_agent" })).toMatchObject({ agentId: "row_agent" });
    const byPhone = mapImportRow({ t: "Agent: hi", line: "+14155550100" }, mapping, { agentId: "file_agent" });
    expect(byPhone.agentPhoneNumber).toBe("+14155550100");
    expect(byPhone.agentId).toBeUndefined();
    expect(mapImportRow({ t: "Agent: hi", agent: "" }, mapping, { agentId: "file_agent" }).agentId).toBe("file_agent");
    expect(checkMappedRow(mapImportRow({ t: "Agent: hi" }, { transcript: "t" }))).toEqual([{ path: "agentId", message: "is required (or give agentPhoneNumber)" }]);
  });

  it("passes values it cannot coerce through, so the checks name each bad field", () => {
    const row = { id: "bad", t: [{ speaker: "robot", text: "beep" }], when: "last tuesday", dir: "sideways", email: "nope", phone: "call me" };
    const mapped = mapImportRow(row, { externalId: "id", transcript: "t", endedAt: "when", direction: "dir", "contact.email": "email" }, { agentId: "a" });
    expect(checkMappedRow(mapped).map((i) => i.path).sort()).toEqual(["contact.email", "direction", "endedAt", "transcript.0.speaker"]);
    expect(checkMappedRow(mapImportRow(row, { externalId: "id", transcript: "t", "contact.phone": "phone" }, { agentId: "a" }))).toEqual([
      expect.objectContaining({ path: "transcript.0.speaker" }),
    ]);
    expect(checkMappedRow(mapImportRow({ id: "x", t: "Agent: hi", phone: "call me" }, { externalId: "id", transcript: "t", "contact.phone": "phone" }, { agentId: "a" }))).toEqual([
      { path: "contact.phone", message: '"call me" is not a phone number' },
    ]);
  });

  it("maps every record of the SGD sample as valid", async () => {
    const { readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const text = await readFile(path.join(process.cwd(), "tests/fixtures/evaluation/sgd-sample.jsonl"), "utf8");
    const { rows, problems } = parseJsonl(text);
    expect(problems).toEqual([]);
    const mapping = suggestMapping(detectColumns(rows.map((r) => r.data)));
    expect(mapping).toMatchObject({ externalId: "id", endedAt: "callDate", transcript: "transcript" });
    for (const row of rows) expect(checkMappedRow(mapImportRow(row.data, mapping, { agentId: "a" }))).toEqual([]);
  });
});
