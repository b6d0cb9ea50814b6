/** Calendar days as YYYY-MM-DD strings: arithmetic in UTC, where every day has 24 hours. */
const MS_PER_DAY = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(toMs(day)) && fromMs(toMs(day)) === day;
}

export const addDays = (day: string, n: number) => fromMs(toMs(day) + n * MS_PER_DAY);

/** Days from a to b, counting both ends. */
export const daysInclusive = (from: string, to: string) => Math.round((toMs(to) - toMs(from)) / MS_PER_DAY) + 1;

/** Today in a time zone (an IANA name). */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The Monday that starts the (ISO) week of a day — the same rule as PostgreSQL's date_trunc('week'). */
export function weekStart(day: string): string {
  const weekday = (new Date(toMs(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export type Interval = "day" | "week";

/** Every bucket of a range, so charts show gaps as zeros rather than skipping them. */
export function bucketsOf(from: string, to: string, interval: Interval): string[] {
  const out: string[] = [];
  const first = interval === "week" ? weekStart(from) : from;
  for (let d = first; d <= to; d = addDays(d, interval === "week" ? 7 : 1)) out.push(d);
  return out;
}
