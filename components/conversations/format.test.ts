import { describe, expect, it } from "vitest";
import { contactLabel, formatDuration, formatOffset, humanize } from "./format";

describe("conversation formatting", () => {
  it("formats durations and offsets", () => {
    expect(formatDuration(335)).toBe("5:35");
    expect(formatDuration(3723.4)).toBe("1:02:03");
    expect(formatDuration(null)).toBe("—");
    expect(formatOffset(0)).toBe("00:00");
    expect(formatOffset(65_900)).toBe("01:05");
    expect(formatOffset(3_725_000)).toBe("1:02:05");
    expect(formatOffset(undefined)).toBeNull();
  });

  it("names things for people", () => {
    expect(humanize("no-answer")).toBe("No answer");
    expect(contactLabel({ name: null, phone: "+14155550100", email: "a@example.com", company: null })).toBe("+14155550100");
    expect(contactLabel({ name: null, phone: null, email: null, company: null })).toBe("Unknown contact");
  });
});
