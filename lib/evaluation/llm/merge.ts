/**
 * Merging the answers for the chunks of a long transcript into one result. Each chunk saw only
 * part of the call, so:
 * - goal: the best status any chunk found (achieved > partially_achieved > not_achieved); the
 *   rationale and confidence of the most confident chunk with that status; evidence from every
 *   chunk with that status, deduplicated (chunks overlap) and in turn order. A later reversal
 *   ("actually, cancel that") is not detected across chunks.
 * - variables, branch and custom insight fields: the latest non-null value wins.
 * - outcome: the final chunk's (it saw how the call ended) unless it is unsure (< 0.5) and an
 *   earlier chunk was more confident.
 * - summary: the chunks' summaries joined; topics: union; sentiment: mean score, majority label.
 */
import type { GoalStatus, GoalVerdict, SentimentLabel, VariableValue } from "../types";
import type { PartialResult } from "./to-result";

const STATUS_RANK: Record<GoalStatus, number> = { not_achieved: 0, pending_confirmation: 1, partially_achieved: 2, achieved: 3 };
const UNSURE_OUTCOME = 0.5;

function latestNonNull(records: Record<string, VariableValue>[]): Record<string, VariableValue> {
  const merged: Record<string, VariableValue> = {};
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value !== null || !(name in merged)) merged[name] = value;
    }
  }
  return merged;
}

/** The candidate with the highest score; ties go to the later one. */
function maxBy<T>(items: T[], score: (item: T) => number): T {
  return items.reduce((best, item) => (score(item) >= score(best) ? item : best));
}

function mergeGoal(verdicts: GoalVerdict[]): GoalVerdict {
  const bestRank = Math.max(...verdicts.map((v) => STATUS_RANK[v.status]));
  const supporting = verdicts.filter((v) => STATUS_RANK[v.status] === bestRank);
  const chosen = maxBy(supporting, (v) => v.confidence);
  const unique = new Map(supporting.flatMap((v) => v.evidence).map((e) => [`${e.turn}\u0000${e.quote}`, e]));
  const evidence = [...unique.values()].sort((a, b) => a.turn - b.turn);
  const merged: GoalVerdict = { ...chosen, evidence, variables: latestNonNull(verdicts.map((v) => v.variables)) };
  if (verdicts.some((v) => v.branch !== undefined)) {
    merged.branch = verdicts.reduce<string | null>((branch, v) => v.branch ?? branch, null);
  }
  return merged;
}

function mergeSentiment(parts: PartialResult[]): PartialResult["insights"]["sentiment"] {
  const all = parts.map((p) => p.insights.sentiment).filter((s) => s !== null);
  if (all.length === 0) return null;
  const counts = new Map<SentimentLabel, number>();
  for (const s of all) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  const label = maxBy(all, (s) => counts.get(s.label) ?? 0).label;
  const score = all.reduce((total, s) => total + s.score, 0) / all.length;
  return { label, score: Math.round(score * 1000) / 1000 };
}

export function mergePartialResults(parts: PartialResult[]): PartialResult {
  if (parts.length === 0) throw new Error("mergePartialResults needs at least one result");
  if (parts.length === 1) return parts[0];
  const final = parts[parts.length - 1];
  const outcome = final.outcome.confidence >= UNSURE_OUTCOME ? final.outcome : maxBy(parts.map((p) => p.outcome), (o) => o.confidence);
  const summaries = parts.map((p) => p.insights.summary).filter((s): s is string => !!s);
  const topics = new Map<string, string>();
  for (const topic of parts.flatMap((p) => p.insights.topics)) {
    if (!topics.has(topic.toLowerCase())) topics.set(topic.toLowerCase(), topic);
  }
  return {
    goals: final.goals.map((_, i) => mergeGoal(parts.map((p) => p.goals[i]))),
    outcome,
    insights: {
      sentiment: mergeSentiment(parts),
      summary: summaries.length ? summaries.join(" ") : null,
      topics: [...topics.values()],
      fields: latestNonNull(parts.map((p) => p.insights.fields)),
    },
  };
}
