import Link from "next/link";
import { ArrowRightIcon, CheckCircle2Icon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { GoalStat } from "@/lib/analytics/get-goal-stats";
import { formatCount, formatPercent } from "./format";

/** The conversations list showing the calls that missed a goal in the range (the list counts days in the workspace's zone too). */
export function missedHref(slug: string, g: Pick<GoalStat, "agentId" | "goalKey">, range: { from: string; to: string; direction?: string }) {
  const q = new URLSearchParams({ agent: g.agentId, goalKey: g.goalKey, goalStatus: "missed", from: range.from, to: range.to });
  if (range.direction) q.set("direction", range.direction);
  return `/w/${slug}/conversations?${q}`;
}

/** Objectives ranked by miss rate, then count, each linking to the calls that missed it. */
export function MissedObjectives({ slug, missed, range, goalHref, manyAgents }: { slug: string; missed: GoalStat[]; range: { from: string; to: string; direction?: string }; goalHref: (g: GoalStat) => string | null; manyAgents: boolean }) {
  return (
    <Card className="gap-4" role="region" aria-labelledby="missed-title">
      <CardHeader>
        <CardTitle asChild>
          <h2 id="missed-title" className="text-base">
            Most missed objectives
          </h2>
        </CardTitle>
        <CardDescription>Partly or not achieved, by miss rate then count</CardDescription>
      </CardHeader>
      <CardContent>
        {missed.length === 0 ? (
          <p className="flex items-center gap-2 py-8 text-sm text-muted-foreground">
            <CheckCircle2Icon aria-hidden className="size-4 text-chart-2" /> No objective was missed in this range.
          </p>
        ) : (
          <ol className="grid gap-3" data-testid="missed-objectives">
            {missed.map((g, i) => {
              const page = goalHref(g);
              return (
                <li key={`${g.agentId}:${g.goalKey}`} className="grid gap-1.5">
                  <div className="flex items-baseline justify-between gap-3 text-sm">
                    <span className="min-w-0">
                      <span className="mr-1.5 text-xs text-muted-foreground tabular-nums">{i + 1}.</span>
                      {page ? (
                        <Link href={page} className="font-medium underline-offset-4 hover:underline">
                          {g.title}
                        </Link>
                      ) : (
                        <span className="font-medium">{g.title}</span>
                      )}
                      {manyAgents ? <span className="block truncate pl-5 text-xs text-muted-foreground">{g.agentName}</span> : null}
                    </span>
                    <span className="shrink-0 font-mono text-sm tabular-nums">{formatPercent(g.missRate, 0)}</span>
                  </div>
                  <div className="ml-5 h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
                    <div className="h-full rounded-full bg-chart-5" style={{ width: `${Math.round((g.missRate ?? 0) * 100)}%` }} />
                  </div>
                  <Link href={missedHref(slug, g, range)} className="ml-5 inline-flex w-fit items-center gap-1 text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
                    {formatCount(g.missed)} of {formatCount(g.judged)} calls missed it
                    <ArrowRightIcon aria-hidden className="size-3" />
                    <span className="sr-only">: see the conversations that missed {g.title}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
