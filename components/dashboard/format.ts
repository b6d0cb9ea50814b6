const whole = new Intl.NumberFormat("en-US");
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatCount = (n: number) => whole.format(n);
export const formatPercent = (rate: number | null, digits = 1) => (rate === null ? "—" : `${(rate * 100).toFixed(digits).replace(/\.0$/, "")}%`);
export const formatMoney = (n: number) => (Math.abs(n) >= 100 ? money.format(n) : cents.format(n));
export const formatCost = (n: number) => (n > 0 && n < 1 ? `$${n.toFixed(3)}` : cents.format(n));
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
export const formatSentiment = (score: number | null) => (score === null ? "—" : `${score > 0 ? "+" : ""}${score.toFixed(2)}`);

const shortDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
/** A YYYY-MM-DD bucket, shown as the calendar day it names (already local to the workspace). */
export const formatBucket = (day: string, interval: "day" | "week" = "day") => (interval === "week" ? `Week of ${shortDay.format(new Date(`${day}T00:00:00Z`))}` : shortDay.format(new Date(`${day}T00:00:00Z`)));
export const formatDayLong = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));

export type Trend = "up" | "down" | "flat";
/** The change against the previous period: points for rates, percent for counts. */
export function change(current: number | null, previous: number | null, kind: "count" | "rate"): { text: string; trend: Trend } | null {
  if (current === null || previous === null) return null;
  if (kind === "rate") {
    const points = (current - previous) * 100;
    if (Math.abs(points) < 0.05) return { text: "±0 pts", trend: "flat" };
    return { text: `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} pts`, trend: points > 0 ? "up" : "down" };
  }
  if (previous === 0) return current === 0 ? { text: "±0%", trend: "flat" } : null;
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  if (Math.abs(pct) < 0.5) return { text: "±0%", trend: "flat" };
  return { text: `${pct > 0 ? "+" : "−"}${Math.abs(pct).toFixed(0)}%`, trend: pct > 0 ? "up" : "down" };
}
