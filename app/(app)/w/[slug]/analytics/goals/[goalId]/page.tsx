import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeftIcon, ArrowRightIcon } from "lucide-react";
import { ExampleCalls } from "@/components/dashboard/example-calls";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { formatCount, formatPercent } from "@/components/dashboard/format";
import { GoalTrendChart } from "@/components/dashboard/goal-trend-chart";
import { missedHref } from "@/components/dashboard/missed-objectives";
import { paramsQuery, readDashboardParams, toQuery } from "@/components/dashboard/params";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { resolveFilters } from "@/lib/analytics/filters";
import { getGoalDetail } from "@/lib/analytics/get-goal-detail";
import { requireWorkspace } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Goal" };

type Props = { params: Promise<{ slug: string; goalId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GoalAnalyticsPage({ params, searchParams }: Props) {
  const { slug, goalId } = await params;
  const ctx = await requireWorkspace(slug);
  const state = { ...readDashboardParams(await searchParams), agentId: [] };
  const { timeZone } = ctx;
  const filters = await resolveFilters(ctx, toQuery(state, timeZone));
  const detail = await getGoalDetail(ctx, goalId, filters).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { goal, stats } = detail;
  const figures = [
    { label: "Achievement rate", value: formatPercent(stats.achievementRate), detail: `${formatCount(stats.achieved)} of ${formatCount(stats.judged)} judged` },
    { label: "Missed", value: formatCount(stats.missed), detail: `${formatCount(stats.partial)} partly · ${formatCount(stats.notAchieved)} not achieved` },
    { label: "Reached", value: formatCount(stats.reached), detail: `of ${formatCount(stats.results)} connected calls` },
    { label: "Agreement", value: formatPercent(stats.agreementRate), detail: stats.reviewed > 0 ? `${formatCount(stats.agreed)} of ${formatCount(stats.reviewed)} reviews agreed` : "no verdict reviewed" },
  ];
  const allMissed = missedHref(slug, { agentId: goal.agentId, goalKey: goal.key }, filters);
  return (
    <>
      <PageHeader
        title={goal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{goal.agentName}</span>
            <Badge variant={goal.kind === "primary" ? "default" : "secondary"}>{goal.kind === "primary" ? "Primary goal" : "Objective"}</Badge>
            {goal.archived ? <Badge variant="outline">Archived</Badge> : null}
          </span>
        }
        actions={
          <Button asChild variant="ghost">
            <Link href={`/w/${slug}${paramsQuery(state)}`}>
              <ArrowLeftIcon aria-hidden />
              Dashboard
            </Link>
          </Button>
        }
      >
        <p className="max-w-3xl text-sm text-muted-foreground">{goal.description}</p>
      </PageHeader>
      <div className="grid gap-6">
        <FilterBar base={`/w/${slug}/analytics/goals/${goal.id}`} params={state} agents={[]} range={filters} showAgents={false} />
        <section aria-label="Goal figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {figures.map((f) => (
            <Card key={f.label} className="gap-1 px-4 py-4">
              <h2 className="text-xs font-medium text-muted-foreground">{f.label}</h2>
              <p className="text-2xl font-semibold tabular-nums">{f.value}</p>
              <p className="text-xs text-muted-foreground">{f.detail}</p>
            </Card>
          ))}
        </section>
        <GoalTrendChart interval={filters.interval} rows={detail.trend.map((t) => ({ bucket: t.bucket, achieved: t.achieved, partial: t.partial, notAchieved: t.notAchieved, achievementRate: t.achievementRate }))} />
        <div className="grid gap-4 lg:grid-cols-2">
          <ExampleCalls slug={slug} testId="examples-achieved" title="Recent calls that achieved it" description="Connected calls, newest first" calls={detail.examples.achieved} />
          <ExampleCalls
            slug={slug}
            testId="examples-missed"
            title="Recent calls that missed it"
            description="Partly or not achieved, newest first"
            calls={detail.examples.missed}
            more={
              stats.missed > 0 ? (
                <Link href={allMissed} className="inline-flex items-center gap-1 text-sm underline-offset-4 hover:underline">
                  All {formatCount(stats.missed)} conversations that missed it
                  <ArrowRightIcon aria-hidden className="size-3.5" />
                </Link>
              ) : null
            }
          />
        </div>
      </div>
    </>
  );
}
