import Link from "next/link";
import { ArrowRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Filters } from "@/lib/analytics/filters";
import type { DashboardData } from "@/lib/analytics/load-dashboard";
import { AgreementChart } from "./agreement-chart";
import { ConversionsChart } from "./conversions-chart";
import { EmptyRange } from "./empty-range";
import { FunnelChart } from "./funnel-chart";
import { GoalAchievementChart } from "./goal-achievement-chart";
import { KpiCards } from "./kpi-cards";
import { MissedObjectives } from "./missed-objectives";
import { OutcomeDistributionChart, OutcomeTrendChart } from "./outcome-charts";
import { SentimentChart } from "./sentiment-chart";
import { SuccessTrendChart } from "./success-trend-chart";

interface DashboardViewProps {
  slug: string;
  data: DashboardData;
  filters: Filters;
  query: string;
  clearHref: string;
  /** When the range is empty because the calls are outside it: the latest call's day and the 30 days up to it. */
  latest: { day: string; href: string } | null;
}

/** The figures and charts of one set of filters. */
export function DashboardView({ slug, data, filters, query, clearHref, latest }: DashboardViewProps) {
  const { summary, timeseries, goals, mostMissed, outcomes, agents } = data;
  const previousLabel = filters.days === 1 ? "the day before" : `previous ${filters.days} days`;
  if (summary.conversations === 0) {
    return <EmptyRange range={filters} latest={latest} clearHref={clearHref} />;
  }
  const interval = timeseries.interval;
  const byGoalPage = (g: { goalId: string | null }) => (g.goalId ? `/w/${slug}/analytics/goals/${g.goalId}${query}` : null);
  return (
    <div className="grid gap-6">
      <KpiCards summary={summary} previousLabel={previousLabel} />
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <SuccessTrendChart className="lg:col-span-2" interval={interval} rows={timeseries.data.map((d) => ({ bucket: d.bucket, judged: d.judged, achieved: d.achieved, partial: d.partial, unreached: d.unreached, successRate: d.successRate, partialRate: d.partialRate }))} />
        <MissedObjectives slug={slug} missed={mostMissed} range={filters} goalHref={byGoalPage} manyAgents={new Set(goals.map((g) => g.agentId)).size > 1} />
      </div>
      {goals.length > 0 ? (
        <div className="grid gap-4 xl:grid-cols-2">
          <GoalAchievementChart goals={goals} />
          <FunnelChart goals={goals} />
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <OutcomeDistributionChart outcomes={outcomes} />
        <OutcomeTrendChart outcomes={outcomes} interval={interval} rows={timeseries.data.map((d) => ({ bucket: d.bucket, outcomes: d.outcomes }))} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ConversionsChart
          byOutcome={outcomes.map((o) => ({ key: o.outcomeId ?? "none", name: o.name, conversations: o.conversations, conversions: o.conversions, profit: o.profit }))}
          byAgent={agents.map((a) => ({ key: a.agentId, name: a.name, conversations: a.conversations, conversions: a.conversions, profit: a.profit }))}
        />
        <SentimentChart interval={interval} rows={timeseries.data.map((d) => ({ bucket: d.bucket, ...d.sentiment, average: d.averageSentiment }))} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <AgreementChart goals={goals} />
        <div className="flex flex-col justify-center gap-3 rounded-xl border border-dashed p-6">
          <h2 className="text-base font-semibold">Compare agents</h2>
          <p className="text-sm text-muted-foreground">Success rate, misses, voicemail, duration, sentiment, conversions and cost of each agent, side by side.</p>
          <Button asChild variant="outline" className="w-fit">
            <Link href={`/w/${slug}/analytics/agents${query}`}>
              Agent comparison
              <ArrowRightIcon aria-hidden />
            </Link>
          </Button>
        </div>
      </div>
    </div>
  );
}
