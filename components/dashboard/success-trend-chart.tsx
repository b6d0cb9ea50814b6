"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatBucket, formatCount, formatPercent } from "./format";

export interface TrendRow {
  bucket: string;
  judged: number;
  achieved: number;
  partial: number;
  unreached: number;
  successRate: number | null;
  partialRate: number | null;
}

const config = {
  success: { label: "Success rate", color: "var(--chart-2)" },
  partial: { label: "Partial rate", color: "var(--chart-3)" },
} satisfies ChartConfig;

/** Primary goal achieved over judged connected calls, per day or week; gaps where nothing was judged. */
export function SuccessTrendChart({ rows, interval, className }: { rows: TrendRow[]; interval: "day" | "week"; className?: string }) {
  const data = rows.map((r) => ({ ...r, label: formatBucket(r.bucket, interval), success: r.successRate === null ? null : r.successRate * 100, partial: r.partialRate === null ? null : r.partialRate * 100 }));
  return (
    <ChartCard
      title="Success rate"
      id="success-trend"
      className={className}
      description="Primary goal achieved, of connected calls whose primary goal was judged"
      chart={
        <ChartContainer config={config} className="aspect-auto h-64 w-full lg:h-80">
          <LineChart data={data} margin={{ left: 0, right: 8, top: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} />
            <YAxis domain={[0, 100]} tickLine={false} axisLine={false} width={36} tickFormatter={(v: number) => `${v}%`} />
            <ChartTooltip content={<ChartTooltipContent formatter={undefined} />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Line dataKey="success" type="monotone" stroke="var(--color-success)" strokeWidth={2} dot={data.length < 20} connectNulls />
            <Line dataKey="partial" type="monotone" stroke="var(--color-partial)" strokeWidth={1.5} strokeDasharray="4 3" dot={false} connectNulls />
          </LineChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Success rate per period"
          rowKey={(r) => r.bucket}
          rows={rows}
          columns={[
            { header: interval === "week" ? "Week of" : "Day", cell: (r) => formatBucket(r.bucket, "day") },
            { header: "Judged", numeric: true, cell: (r) => formatCount(r.judged) },
            { header: "Achieved", numeric: true, cell: (r) => formatCount(r.achieved) },
            { header: "Partial", numeric: true, cell: (r) => formatCount(r.partial) },
            { header: "Success rate", numeric: true, cell: (r) => formatPercent(r.successRate) },
            { header: "Not reached", numeric: true, cell: (r) => formatCount(r.unreached) },
          ]}
        />
      }
    />
  );
}
