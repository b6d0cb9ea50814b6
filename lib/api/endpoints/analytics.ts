import { z } from "zod";
import { analyticsQuery } from "@/lib/analytics/filters";
import { endpoint } from "../endpoint";

const rate = z.number().nullable().describe("0–1; null when there is nothing to divide by");
const kpis = z.object({
  conversations: z.number().int(),
  evaluated: z.number().int(),
  connected: z.number().int(),
  voicemail: z.number().int().describe("Calls that reached voicemail (by end reason or outcome): never in a rate"),
  noAnswer: z.number().int(),
  busy: z.number().int(),
  unreached: z.number().int(),
  judged: z.number().int().describe("Connected, evaluated calls whose primary goal was judged: the rates' denominator"),
  achieved: z.number().int(),
  partial: z.number().int(),
  notAchieved: z.number().int(),
  pendingConfirmation: z.number().int(),
  successRate: rate,
  partialRate: rate,
  averageDurationSeconds: z.number().nullable(),
  averageSentiment: z.number().nullable().describe("-1 to 1"),
  sentiment: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int() }),
  conversions: z.number().int(),
  profit: z.number(),
  evaluationCostUsd: z.number(),
});
const period = { from: z.string(), to: z.string() };
export const summarySchema = kpis.extend({ ...period, timeZone: z.string(), previous: kpis.extend(period) });
const goalStat = z.object({
  agentId: z.string(),
  agentName: z.string(),
  goalId: z.string().nullable(),
  goalKey: z.string(),
  title: z.string(),
  kind: z.enum(["primary", "secondary"]),
  position: z.number().int(),
  archived: z.boolean(),
  results: z.number().int(),
  achieved: z.number().int(),
  partial: z.number().int(),
  notAchieved: z.number().int(),
  pendingConfirmation: z.number().int(),
  judged: z.number().int(),
  missed: z.number().int(),
  reached: z.number().int(),
  achievementRate: rate,
  missRate: rate,
  reviewed: z.number().int(),
  agreed: z.number().int(),
  agreementRate: rate,
});
const outcomeStat = z.object({ outcomeId: z.string().nullable(), name: z.string(), color: z.string(), isConversion: z.boolean(), conversations: z.number().int(), share: rate, conversions: z.number().int(), profit: z.number() });
const agentRow = kpis.extend({ agentId: z.string(), name: z.string(), archived: z.boolean(), previousSuccessRate: rate, previousConversations: z.number().int() });

const tag = "Analytics";
const common = { tag, permission: "workspace.read", query: analyticsQuery } as const;
export const analyticsSummaryEndpoint = endpoint({ ...common, method: "GET", path: "/api/v1/analytics/summary", summary: "KPI figures for the filters, with the previous period of equal length", response: summarySchema });
export const analyticsTimeseriesEndpoint = endpoint({
  ...common,
  method: "GET",
  path: "/api/v1/analytics/timeseries",
  summary: "The KPI figures and outcome mix per day or week (local to the workspace's time zone), every bucket of the range included",
  response: z.object({ interval: z.enum(["day", "week"]), timeZone: z.string(), data: z.array(kpis.extend({ bucket: z.string(), outcomes: z.record(z.string(), z.number().int()) })) }),
});
export const analyticsGoalsEndpoint = endpoint({
  ...common,
  method: "GET",
  path: "/api/v1/analytics/goals",
  summary: "Per goal of each agent, in call-flow order: verdicts of connected calls, reached (the funnel), misses and agreement with people's reviews",
  response: z.object({ data: z.array(goalStat), mostMissed: z.array(goalStat).describe("By miss rate, then count") }),
});
export const analyticsOutcomesEndpoint = endpoint({
  ...common,
  method: "GET",
  path: "/api/v1/analytics/outcomes",
  summary: "The outcome mix, and conversions and profit by outcome and by agent",
  response: z.object({ data: z.array(outcomeStat), byAgent: z.array(z.object({ agentId: z.string(), name: z.string(), conversations: z.number().int(), conversions: z.number().int(), profit: z.number() })) }),
});
export const analyticsAgentsEndpoint = endpoint({ ...common, method: "GET", path: "/api/v1/analytics/agents", summary: "The KPI figures per agent, side by side", response: z.object({ data: z.array(agentRow) }) });
export const analyticsExportEndpoint = endpoint({ ...common, method: "GET", path: "/api/v1/analytics/export", summary: "CSV of the conversations of the filters with their results (streamed)" });
