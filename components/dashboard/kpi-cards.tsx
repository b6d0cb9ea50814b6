import { ArrowDownRightIcon, ArrowRightIcon, ArrowUpRightIcon } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { Summary } from "@/lib/analytics/get-summary";
import { cn } from "@/lib/utils";
import { change, formatCost, formatCount, formatMoney, formatPercent, formatSeconds, type Trend } from "./format";

interface Kpi {
  label: string;
  value: string;
  detail: string;
  delta: ReturnType<typeof change>;
  /** Whether up is good (green) or bad (red); neutral for plain volume. */
  good: "up" | "down" | "neutral";
}

function kpis(s: Summary): Kpi[] {
  const p = s.previous;
  return [
    { label: "Conversations", value: formatCount(s.conversations), detail: `${formatCount(s.evaluated)} evaluated`, delta: change(s.conversations, p.conversations, "count"), good: "neutral" },
    { label: "Success rate", value: formatPercent(s.successRate), detail: `${formatCount(s.achieved)} of ${formatCount(s.judged)} judged calls`, delta: change(s.successRate, p.successRate, "rate"), good: "up" },
    { label: "Partial rate", value: formatPercent(s.partialRate), detail: `${formatCount(s.partial)} partly achieved`, delta: change(s.partialRate, p.partialRate, "rate"), good: "down" },
    { label: "Not reached", value: formatCount(s.unreached), detail: `${formatCount(s.voicemail)} voicemail · ${formatCount(s.noAnswer)} no answer · ${formatCount(s.busy)} busy`, delta: change(s.unreached, p.unreached, "count"), good: "down" },
    { label: "Avg. duration", value: formatSeconds(s.averageDurationSeconds), detail: "connected calls", delta: change(s.averageDurationSeconds, p.averageDurationSeconds, "count"), good: "neutral" },
    { label: "Conversions", value: formatCount(s.conversions), detail: "leads and sales after calls", delta: change(s.conversions, p.conversions, "count"), good: "up" },
    { label: "Profit", value: formatMoney(s.profit), detail: "from those conversions", delta: change(s.profit, p.profit, "count"), good: "up" },
    { label: "Evaluation cost", value: formatCost(s.evaluationCostUsd), detail: s.evaluated > 0 ? `${formatCost(s.evaluationCostUsd / Math.max(1, s.evaluated))} per evaluated call` : "nothing evaluated", delta: change(s.evaluationCostUsd, p.evaluationCostUsd, "count"), good: "neutral" },
  ];
}

const ICON: Record<Trend, typeof ArrowUpRightIcon> = { up: ArrowUpRightIcon, down: ArrowDownRightIcon, flat: ArrowRightIcon };

/** The KPI cards, each with its change against the previous period of equal length. */
export function KpiCards({ summary, previousLabel }: { summary: Summary; previousLabel: string }) {
  return (
    <section aria-label="Key figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {kpis(summary).map((k) => {
        const tone = !k.delta || k.delta.trend === "flat" || k.good === "neutral" ? "text-muted-foreground" : (k.delta.trend === k.good) ? "text-emerald-600 dark:text-emerald-400" : "text-rose-600 dark:text-rose-400";
        const Icon = k.delta ? ICON[k.delta.trend] : null;
        return (
          <Card key={k.label} className="gap-1 px-4 py-4" data-testid={`kpi-${k.label.toLowerCase().replace(/[^a-z]+/g, "-")}`}>
            <h2 className="text-xs font-medium text-muted-foreground">{k.label}</h2>
            <p className="text-2xl font-semibold tracking-tight tabular-nums" data-testid="kpi-value">
              {k.value}
            </p>
            <p className="truncate text-xs text-muted-foreground" title={k.detail}>
              {k.detail}
            </p>
            <p className={cn("flex items-center gap-1 text-xs", tone)}>
              {Icon ? <Icon aria-hidden className="size-3.5" /> : null}
              {k.delta ? (
                <span>
                  {k.delta.text} <span className="text-muted-foreground">vs {previousLabel}</span>
                </span>
              ) : (
                <span className="text-muted-foreground">no previous figure</span>
              )}
            </p>
          </Card>
        );
      })}
    </section>
  );
}
