"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, ChartLegend, ChartLegendContent, type ChartConfig } from "@/components/ui/chart";
import type { OutcomeStat } from "@/lib/analytics/get-outcome-stats";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatBucket, formatCount, formatPercent } from "./format";

const keyOf = (o: Pick<OutcomeStat, "outcomeId">) => `o${(o.outcomeId ?? "none").replace(/[^a-zA-Z0-9]/g, "")}`;

export function OutcomeDistributionChart({ outcomes }: { outcomes: OutcomeStat[] }) {
  const config = { conversations: { label: "Conversations", color: "var(--chart-1)" } } satisfies ChartConfig;
  return (
    <ChartCard
      title="Outcomes"
      id="outcomes"
      description="How calls ended (a person's correction counts)"
      chart={
        <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(140, outcomes.length * 30 + 30) }}>
          <BarChart data={outcomes} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" tickLine={false} axisLine={false} />
            <YAxis type="category" dataKey="name" tickLine={false} axisLine={false} width={150} interval={0} tick={{ fontSize: 11 }} />
            <ChartTooltip content={<ChartTooltipContent hideIndicator />} />
            <Bar dataKey="conversations" radius={[0, 4, 4, 0]}>
              {outcomes.map((o) => (
                <Cell key={keyOf(o)} fill={o.color} />
              ))}
            </Bar>
          </BarChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Outcomes"
          rowKey={keyOf}
          rows={outcomes}
          columns={[
            { header: "Outcome", cell: (o) => o.name },
            { header: "Conversations", numeric: true, cell: (o) => formatCount(o.conversations) },
            { header: "Share", numeric: true, cell: (o) => formatPercent(o.share) },
          ]}
        />
      }
    />
  );
}

export interface OutcomeTrendRow {
  bucket: string;
  outcomes: Record<string, number>;
}

export function OutcomeTrendChart({ rows, outcomes, interval }: { rows: OutcomeTrendRow[]; outcomes: OutcomeStat[]; interval: "day" | "week" }) {
  const config = Object.fromEntries(outcomes.map((o) => [keyOf(o), { label: o.name, color: o.color }])) satisfies ChartConfig;
  const data = rows.map((r) => ({ label: formatBucket(r.bucket, interval), ...Object.fromEntries(outcomes.map((o) => [keyOf(o), r.outcomes[o.outcomeId ?? "none"] ?? 0])) }));
  return (
    <ChartCard
      title="Outcomes over time"
      id="outcome-trend"
      description={interval === "week" ? "Conversations per week by outcome" : "Conversations per day by outcome"}
      chart={
        <ChartContainer config={config} className="aspect-auto h-64 w-full">
          <AreaChart data={data} margin={{ left: 0, right: 8, top: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} />
            <YAxis tickLine={false} axisLine={false} width={40} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            {outcomes.map((o) => (
              <Area key={keyOf(o)} dataKey={keyOf(o)} stackId="o" type="monotone" fill={`var(--color-${keyOf(o)})`} stroke={`var(--color-${keyOf(o)})`} fillOpacity={0.5} />
            ))}
          </AreaChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Outcomes over time"
          rowKey={(r) => r.bucket}
          rows={rows}
          columns={[{ header: interval === "week" ? "Week of" : "Day", cell: (r) => formatBucket(r.bucket) }, ...outcomes.map((o) => ({ header: o.name, numeric: true, cell: (r: OutcomeTrendRow) => formatCount(r.outcomes[o.outcomeId ?? "none"] ?? 0) }))]}
        />
      }
    />
  );
}
