"use client";

import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatBucket, formatCount, formatPercent } from "./format";

export interface GoalTrendRow {
  bucket: string;
  achieved: number;
  partial: number;
  notAchieved: number;
  achievementRate: number | null;
}

const config = {
  achieved: { label: "Achieved", color: "var(--chart-2)" },
  partial: { label: "Partial", color: "var(--chart-3)" },
  notAchieved: { label: "Not achieved", color: "var(--chart-5)" },
  rate: { label: "Achievement rate", color: "var(--chart-1)" },
} satisfies ChartConfig;

export function GoalTrendChart({ rows, interval }: { rows: GoalTrendRow[]; interval: "day" | "week" }) {
  const data = rows.map((r) => ({ ...r, label: formatBucket(r.bucket, interval), rate: r.achievementRate === null ? null : Math.round(r.achievementRate * 1000) / 10 }));
  return (
    <ChartCard
      title="Trend"
      id="goal-trend"
      description="Verdicts per period (stacked) and the share achieved"
      chart={
        <ChartContainer config={config} className="aspect-auto h-72 w-full">
          <ComposedChart data={data} margin={{ left: 0, right: 0, top: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} />
            <YAxis yAxisId="n" tickLine={false} axisLine={false} width={40} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tickLine={false} axisLine={false} width={40} tickFormatter={(v: number) => `${v}%`} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Bar yAxisId="n" dataKey="achieved" stackId="v" fill="var(--color-achieved)" />
            <Bar yAxisId="n" dataKey="partial" stackId="v" fill="var(--color-partial)" />
            <Bar yAxisId="n" dataKey="notAchieved" stackId="v" fill="var(--color-notAchieved)" />
            <Line yAxisId="pct" dataKey="rate" type="linear" stroke="var(--color-rate)" strokeWidth={2} dot={{ r: 2 }} connectNulls />
          </ComposedChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Goal trend"
          rowKey={(r) => r.bucket}
          rows={rows}
          columns={[
            { header: interval === "week" ? "Week of" : "Day", cell: (r) => formatBucket(r.bucket) },
            { header: "Achieved", numeric: true, cell: (r) => formatCount(r.achieved) },
            { header: "Partial", numeric: true, cell: (r) => formatCount(r.partial) },
            { header: "Not achieved", numeric: true, cell: (r) => formatCount(r.notAchieved) },
            { header: "Achievement", numeric: true, cell: (r) => formatPercent(r.achievementRate) },
          ]}
        />
      }
    />
  );
}
