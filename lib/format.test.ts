import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("formatDateTime / formatDate", () => {
  it("writes an instant in the given zone, named, with daylight saving", () => {
    expect(formatDateTime("2026-07-01T13:00:00Z", "America/New_York")).toBe("Jul 1, 2026, 9:00 AM EDT");
    expect(formatDateTime("2026-01-15T13:00:00Z", "America/New_York")).toBe("Jan 15, 2026, 8:00 AM EST");
    expect(formatDateTime("2026-07-01T13:00:00Z", "Asia/Kolkata")).toBe("Jul 1, 2026, 6:30 PM GMT+5:30");
    expect(formatDateTime(new Date("2026-07-01T13:00:00Z"), "UTC")).toBe("Jul 1, 2026, 1:00 PM UTC");
  });

  it("puts the instant on the zone's day, not UTC's", () => {
    // 03:30 UTC on 6 November is still the evening of the 5th in New York.
    expect(formatDate("2026-11-06T03:30:00Z", "America/New_York")).toBe("Nov 5, 2026");
    expect(formatDate("2026-11-06T03:30:00Z", "UTC")).toBe("Nov 6, 2026");
    expect(formatDateTime("2026-11-06T03:30:00Z", "America/New_York")).toBe("Nov 5, 2026, 10:30 PM EST");
  });
});
