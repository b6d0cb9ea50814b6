import { describe, expect, it } from "vitest";
import { DIRECTION_ALIASES, END_REASON_ALIASES, toDateTime, toKeyword, toObject, toSeconds, toText, toTranscript } from "./coerce";

describe("toDateTime", () => {
  it.each([
    ["2019-03-01", "2019-03-01T00:00:00Z"],
    [" 2019-03-01 ", "2019-03-01T00:00:00Z"],
    ["2026-11-20T15:04:05Z", "2026-11-20T15:04:05Z"],
    ["2026-11-20T15:04:05.250+01:00", "2026-11-20T15:04:05.250+01:00"],
    ["2026-11-20 15:04:05", "2026-11-20T15:04:05Z"],
    ["2026-11-20T15:04", "2026-11-20T15:04:00Z"],
    ["2026-11-20 15:04:05 UTC", "2026-11-20T15:04:05Z"],
    ["2026-11-20T15:04:05+0100", "2026-11-20T15:04:05+01:00"],
    [1763651045, "2025-11-20T15:04:05.000Z"],
    ["1763651045000", "2025-11-20T15:04:05.000Z"],
  ])("%j → %j", (input, expected) => {
    expect(toDateTime(input)).toBe(expected);
  });

  it.each([
    ["2026-07-01 09:00", "America/New_York", "2026-07-01T13:00:00Z"], // summer time, -4
    ["2026-01-15 09:00", "America/New_York", "2026-01-15T14:00:00Z"], // standard time, -5
    ["2026-11-20", "Asia/Kolkata", "2026-11-19T18:30:00Z"], // a date alone: midnight there
    ["2026-11-20T15:04:05.250", "Europe/Berlin", "2026-11-20T14:04:05.250Z"],
    ["2026-11-01 01:30", "America/New_York", "2026-11-01T05:30:00Z"], // shown twice: the earlier
    ["2026-04-05 02:30", "Australia/Sydney", "2026-04-04T15:30:00Z"], // shown twice: the earlier
    ["2026-03-08 02:30", "America/New_York", "2026-03-08T07:30:00Z"], // never shown: the offset before the jump
    ["2026-11-20T15:04:05+01:00", "America/New_York", "2026-11-20T15:04:05+01:00"], // its own offset wins
    ["2026-11-20 15:04:05 UTC", "Asia/Tokyo", "2026-11-20T15:04:05Z"],
  ])("%j in %s → %j", (input, timeZone, expected) => {
    expect(toDateTime(input, timeZone)).toBe(expected);
  });

  it("leaves what it cannot read for validation to name, and blank as not given", () => {
    expect(toDateTime("2026-02-30")).toBe("2026-02-30"); // not on the calendar (Date.parse would roll it over)
    expect(toDateTime("2026-11-20 24:00", "Europe/Berlin")).toBe("2026-11-20 24:00");
    expect(toDateTime("yesterday")).toBe("yesterday");
    expect(toDateTime("03/01/2019")).toBe("03/01/2019");
    expect(toDateTime("")).toBeUndefined();
    expect(toDateTime(null)).toBeUndefined();
  });
});

describe("toSeconds", () => {
  it.each([
    ["335", 335],
    ["335.5", 335.5],
    ["12 s", 12],
    ["5:35", 335],
    ["1:02:03", 3723],
    [42, 42],
  ])("%j → %j", (input, expected) => expect(toSeconds(input)).toBe(expected));

  it("passes the rest through", () => {
    expect(toSeconds("long")).toBe("long");
    expect(toSeconds(" ")).toBeUndefined();
  });
});

describe("toText and toKeyword", () => {
  it("trims, stringifies numbers, treats blank as not given", () => {
    expect(toText("  Ana ")).toBe("Ana");
    expect(toText(14155550100)).toBe("14155550100");
    expect(toText("   ")).toBeUndefined();
  });

  it.each([
    ["Inbound", "inbound"],
    ["incoming", "inbound"],
    ["outboundPhoneCall", "outbound"],
    ["OUT", "outbound"],
  ])("direction %j → %j", (input, expected) => expect(toKeyword(input, DIRECTION_ALIASES)).toBe(expected));

  it.each([
    ["customer_ended", "customer-ended"],
    ["No Answer", "no-answer"],
    ["customer-ended-call", "customer-ended"],
    ["assistant-ended-call", "agent-ended"],
    ["silence-timed-out", "timeout"],
    ["completed", "completed"],
    ["exploded", "exploded"],
  ])("end reason %j → %j", (input, expected) => expect(toKeyword(input, END_REASON_ALIASES)).toBe(expected));
});

describe("toObject", () => {
  it("parses a JSON object string and passes anything else through", () => {
    expect(toObject('{"crmId":"42"}')).toEqual({ crmId: "42" });
    expect(toObject({ a: 1 })).toEqual({ a: 1 });
    expect(toObject("{broken")).toBe("{broken");
    expect(toObject("")).toBeUndefined();
  });
});

describe("toTranscript", () => {
  it("keeps turns, mapping roles and contents of chat exports and times in seconds", () => {
    expect(
      toTranscript([
        { speaker: "agent", text: "Hi", startMs: 0, endMs: "1500" },
        { role: "user", content: " Hello ", secondsFromStart: 1.6 },
        { role: "assistant", message: "How can I help?", start: 3, end: 4.25 },
        { role: "tool_calls", content: "" },
        { role: "system", content: "Call transferred" },
      ]),
    ).toEqual([
      { speaker: "agent", text: "Hi", startMs: 0, endMs: 1500 },
      { speaker: "customer", text: "Hello", startMs: 1600 },
      { speaker: "agent", text: "How can I help?", startMs: 3000, endMs: 4250 },
      { speaker: "system", text: "Call transferred" },
    ]);
  });

  it("reads a JSON string of turns, leaves plain text for the server to split", () => {
    expect(toTranscript('[{"speaker":"Customer","text":"Hi"}]')).toEqual([{ speaker: "customer", text: "Hi" }]);
    expect(toTranscript("Agent: Hello\nCustomer: Hi")).toBe("Agent: Hello\nCustomer: Hi");
    expect(toTranscript("[not json")).toBe("[not json");
  });

  it("keeps an unknown speaker as given so validation names it", () => {
    expect(toTranscript([{ speaker: "robot", text: "beep" }])).toEqual([{ speaker: "robot", text: "beep" }]);
    expect(toTranscript(42)).toBe(42);
  });
});
