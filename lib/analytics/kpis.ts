import type { SQL } from "drizzle-orm";
import { analyticsDaily } from "@/db/schema";
import { ratio, sumFloat, sumInt } from "./rollup-query";

const t = analyticsDaily;

/** The rollup's measures as select fields, optionally restricted (e.g. to one period). */
export function measureFields(where?: SQL) {
  return {
    conversations: sumInt(t.conversations, where),
    evaluated: sumInt(t.evaluated, where),
    connected: sumInt(t.connected, where),
    voicemail: sumInt(t.voicemail, where),
    noAnswer: sumInt(t.noAnswer, where),
    busy: sumInt(t.busy, where),
    judged: sumInt(t.judged, where),
    achieved: sumInt(t.achieved, where),
    partial: sumInt(t.partial, where),
    notAchieved: sumInt(t.notAchieved, where),
    pending: sumInt(t.pending, where),
    durationSum: sumFloat(t.durationSum, where),
    durationCount: sumInt(t.durationCount, where),
    sentimentSum: sumFloat(t.sentimentSum, where),
    sentimentCount: sumInt(t.sentimentCount, where),
    positive: sumInt(t.positive, where),
    neutral: sumInt(t.neutral, where),
    negative: sumInt(t.negative, where),
    evaluationCostUsd: sumFloat(t.evaluationCostUsd, where),
    conversions: sumInt(t.conversions, where),
    profit: sumFloat(t.profit, where),
  };
}

export type Measures = { [K in keyof ReturnType<typeof measureFields>]: number };

export interface Kpis {
  conversations: number;
  evaluated: number;
  connected: number;
  /** Calls that reached no one, counted apart and never in a rate's denominator. */
  voicemail: number;
  noAnswer: number;
  busy: number;
  unreached: number;
  /** Connected, evaluated calls whose primary goal was judged: the denominator of the rates. */
  judged: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  pendingConfirmation: number;
  successRate: number | null;
  partialRate: number | null;
  averageDurationSeconds: number | null;
  averageSentiment: number | null;
  sentiment: { positive: number; neutral: number; negative: number };
  conversions: number;
  profit: number;
  evaluationCostUsd: number;
}

const money = (n: number) => Math.round(n * 100) / 100;

export function toKpis(m: Measures): Kpis {
  return {
    conversations: m.conversations,
    evaluated: m.evaluated,
    connected: m.connected,
    voicemail: m.voicemail,
    noAnswer: m.noAnswer,
    busy: m.busy,
    unreached: m.voicemail + m.noAnswer + m.busy,
    judged: m.judged,
    achieved: m.achieved,
    partial: m.partial,
    notAchieved: m.notAchieved,
    pendingConfirmation: m.pending,
    successRate: ratio(m.achieved, m.judged),
    partialRate: ratio(m.partial, m.judged),
    averageDurationSeconds: m.durationCount > 0 ? m.durationSum / m.durationCount : null,
    averageSentiment: m.sentimentCount > 0 ? m.sentimentSum / m.sentimentCount : null,
    sentiment: { positive: m.positive, neutral: m.neutral, negative: m.negative },
    conversions: m.conversions,
    profit: money(m.profit),
    evaluationCostUsd: Math.round(m.evaluationCostUsd * 1e6) / 1e6,
  };
}
