import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { TIME_ZONES, currentZoneName, isTimeZone, zoneChoices } from "./time-zones";

describe("time zones", () => {
  it("lists zones by their current IANA names, UTC first, then alphabetical", () => {
    expect(TIME_ZONES[0]).toBe("UTC");
    expect(TIME_ZONES).toEqual(expect.arrayContaining(["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "America/Nuuk", "America/New_York"]));
    expect(TIME_ZONES).not.toContain("Asia/Calcutta");
    expect(TIME_ZONES).not.toContain("Europe/Kiev");
    expect(TIME_ZONES.slice(1)).toEqual([...TIME_ZONES.slice(1)].sort());
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
  });

  it("accepts current and old names, refuses unknown or miscased ones", () => {
    for (const zone of ["UTC", "Asia/Kolkata", "Asia/Calcutta", "Europe/Kyiv", "America/New_York"]) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ["Mars/Olympus", "", "america/new_york", "GMT+25"]) expect(isTimeZone(zone)).toBe(false);
    expect(currentZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentZoneName("Europe/Paris")).toBe("Europe/Paris");
  });

  it("labels each choice with its offset at the moment asked", () => {
    const summer = new Date("2026-07-01T12:00:00Z");
    expect(zoneChoices(["UTC", "America/New_York", "Asia/Kolkata"], summer)).toEqual([
      { value: "UTC", label: "UTC" },
      { value: "America/New_York", label: "America/New York (GMT-4)" },
      { value: "Asia/Kolkata", label: "Asia/Kolkata (GMT+5:30)" },
    ]);
    expect(zoneChoices(["America/New_York"], new Date("2026-01-15T12:00:00Z"))[0].label).toBe("America/New York (GMT-5)");
  });

  it("writes every zone's offset as Intl does, in summer and in winter", () => {
    for (const now of [new Date("2026-07-01T12:00:00Z"), new Date("2026-01-15T12:00:00Z")]) {
      const intl = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(now).find((p) => p.type === "timeZoneName")?.value;
      const differ = zoneChoices(TIME_ZONES, now).filter((c) => c.value !== "UTC" && c.label !== `${c.value.replace(/_/g, " ")} (${intl(c.value)})`);
      expect(differ).toEqual([]);
    }
  });
});

describe.each(TEST_ENGINES)("every pickable zone on %s", (engine) => {
  const database = suiteDatabase(engine);

  it("is known to the database, with the same wall time as the browser shows", async () => {
    // Days are counted in SQL and times are written by Intl: they must agree for every zone offered.
    const instant = "2026-07-01T12:00:00Z";
    const list = rowsOf<{ zone: string; wall: string }>(
      await database.db.execute(sql`select z as zone, to_char(${instant}::timestamptz at time zone z, 'YYYY-MM-DD HH24:MI') as wall from unnest(${`{${TIME_ZONES.join(",")}}`}::text[]) as z`),
    );
    const intl = (zone: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));
    expect(list).toHaveLength(TIME_ZONES.length);
    expect(list.filter((r) => r.wall !== intl(r.zone))).toEqual([]);
  });
});
