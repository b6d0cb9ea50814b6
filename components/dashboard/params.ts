import { addDays, todayIn } from "@/lib/analytics/days";
import type { AnalyticsQuery } from "@/lib/analytics/filters";

export const PRESETS = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "month", label: "This month" },
  { value: "custom", label: "Custom range" },
] as const;
export type Preset = (typeof PRESETS)[number]["value"];

/** The dashboard's state as it lives in the URL (shareable): a preset or a custom range, and the filters. */
export interface DashboardParams {
  range: Preset;
  from?: string;
  to?: string;
  agentId: string[];
  direction?: string;
  callType?: string;
  interval: "day" | "week";
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);

export function readDashboardParams(search: SearchParams): DashboardParams {
  const from = first(search.from);
  const to = first(search.to);
  const range = (PRESETS.find((p) => p.value === first(search.range))?.value ?? (from || to ? "custom" : "30d")) as Preset;
  return { range, from, to, agentId: all(search.agentId), direction: first(search.direction), callType: first(search.callType), interval: first(search.interval) === "week" ? "week" : "day" };
}

/** The days a preset covers, today being today in the workspace's time zone. */
export function presetRange(range: Preset, timeZone: string, now = new Date()): { from: string; to: string } | null {
  const today = todayIn(timeZone, now);
  switch (range) {
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "month":
      return { from: `${today.slice(0, 8)}01`, to: today };
    default:
      return null;
  }
}

/** The analytics query the params stand for (validated later by resolveFilters). */
export function toQuery(p: DashboardParams, timeZone: string, now = new Date()): AnalyticsQuery {
  const preset = presetRange(p.range, timeZone, now);
  return { from: preset?.from ?? p.from, to: preset?.to ?? p.to, agentId: p.agentId, direction: p.direction as AnalyticsQuery["direction"], callType: p.callType as AnalyticsQuery["callType"], interval: p.interval };
}

/** Query string of the params; empty and default values are left out. */
export function paramsQuery(p: Partial<DashboardParams>): string {
  const s = new URLSearchParams();
  if (p.range && p.range !== "30d") s.set("range", p.range);
  if (p.range === "custom") {
    if (p.from) s.set("from", p.from);
    if (p.to) s.set("to", p.to);
  }
  for (const id of p.agentId ?? []) s.append("agentId", id);
  if (p.direction) s.set("direction", p.direction);
  if (p.callType) s.set("callType", p.callType);
  if (p.interval === "week") s.set("interval", "week");
  const q = s.toString();
  return q ? `?${q}` : "";
}

/**
 * When a range holds no calls because every call lies outside it (an import of last year's calls,
 * say): the latest call's day and a link to the 30 days up to it, with the other filters kept.
 */
export function latestCallsLink(base: string, p: DashboardParams, range: { from: string; to: string }, latestDay: string | null): { day: string; href: string } | null {
  if (!latestDay || (latestDay >= range.from && latestDay <= range.to)) return null;
  return { day: latestDay, href: base + paramsQuery({ ...p, range: "custom", from: addDays(latestDay, -29), to: latestDay }) };
}

/** The resolved filters as query parameters for the export and drill-down links. */
export function filtersQuery(f: { from: string; to: string; agentIds: string[]; direction?: string; callType?: string; interval?: string }): string {
  const s = new URLSearchParams({ from: f.from, to: f.to });
  for (const id of f.agentIds) s.append("agentId", id);
  if (f.direction) s.set("direction", f.direction);
  if (f.callType) s.set("callType", f.callType);
  if (f.interval === "week") s.set("interval", "week");
  return `?${s}`;
}
