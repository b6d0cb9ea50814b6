const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far a time zone's clocks are ahead of UTC at an instant, in ms. */
export function offsetAt(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time shows in an IANA time zone, e.g. 2026-07-01 09:00 in
 * America/New_York → 13:00Z. `wall` is the wall time written as if it were UTC (Date.UTC of its
 * fields). In an autumn overlap (the time shows twice) it is the earlier instant; in a spring gap
 * (it never shows) it is read with the offset in force before the jump.
 */
export function wallTimeToUtc(wall: number, timeZone: string): number {
  // Offsets change at most once within a day on either side of a wall time.
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const shows = (instant: number) => instant + offsetAt(instant, timeZone) === wall;
  const readings = [before, after].filter(shows);
  return readings.length ? Math.min(...readings) : before;
}
