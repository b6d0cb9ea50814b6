"use client";

import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatBucket, formatCount, formatSentiment } from "./format";

export interface SentimentRow {
  bucket: string;
  positive: number;
  neutral: number;
  negative: number;
  average: number | null;
}

const config = {
  positive: { label: "Positive", color: "var(--chart-2)" },
  neutral: { label: "Neutral", color: "var(--muted-foreground)" },
  negative: { label: "Negative", color: "var(--chart-5)" },
  average: { label: "Average score", color: "var(--chart-1)" },
} satisfies ChartConfig;

export function SentimentChart({ rows, interval }: { rows: SentimentRow[]; interval: "day" | "week" }) {
  const data = rows.map((r) => ({ ...r, label: formatBucket(r.bucket, interval) }));
  return (
    <ChartCard
      title="Customer sentiment"
      id="sentiment"
      description="Connected calls by the customer's sentiment, and the average score (−1 to +1)"
      chart={
        <ChartContainer config={config} className="aspect-auto h-64 w-full">
          <ComposedChart data={data} margin={{ left: 0, right: 0, top: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} />
            <YAxis yAxisId="calls" tickLine={false} axisLine={false} width={40} />
            <YAxis yAxisId="score" orientation="right" domain={[-1, 1]} tickLine={false} axisLine={false} width={32} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Bar yAxisId="calls" dataKey="positive" stackId="s" fill="var(--color-positive)" fillOpacity={0.8} />
            <Bar yAxisId="calls" dataKey="neutral" stackId="s" fill="var(--color-neutral)" fillOpacity={0.35} />
            <Bar yAxisId="calls" dataKey="negative" stackId="s" fill="var(--color-negative)" fillOpacity={0.8} />
            <Line yAxisId="score" dataKey="average" type="monotone" stroke="var(--color-average)" strokeWidth={2} dot={false} connectNulls />
          </ComposedChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Customer sentiment"
          rowKey={(r) => r.bucket}
          rows={rows}
          columns={[
            { header: interval === "week" ? "Week of" : "Day", cell: (r) => formatBucket(r.bucket) },
            { header: "Positive", numeric: true, cell: (r) => formatCount(r.positive) },
            { header: "Neutral", numeric: true, cell: (r) => formatCount(r.neutral) },
            { header: "Negative", numeric: true, cell: (r) => formatCount(r.negative) },
            { header: "Average", numeric: true, cell: (r) => formatSentiment(r.average) },
          ]}
        />
      }
    />
  );
}
