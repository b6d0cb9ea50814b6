"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import type { AgentRow } from "@/lib/analytics/get-agent-comparison";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { change, formatCount, formatPercent } from "./format";

const config = { success: { label: "Success rate", color: "var(--chart-2)" }, partial: { label: "Partial rate", color: "var(--chart-3)" } } satisfies ChartConfig;

/** Every agent's success and partial rates side by side (with a table view). */
export function AgentComparison({ rows }: { rows: AgentRow[] }) {
  const data = rows.map((r) => ({ name: r.name, success: r.successRate === null ? null : Math.round(r.successRate * 1000) / 10, partial: r.partialRate === null ? null : Math.round(r.partialRate * 1000) / 10 }));
  return (
    <ChartCard
      title="Success rate by agent"
      id="agent-comparison"
      description="Rates over connected calls whose primary goal was judged; change against the previous period"
      chart={
        <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(160, rows.length * 44 + 40) }}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v}%`} />
            <YAxis type="category" dataKey="name" tickLine={false} axisLine={false} width={190} interval={0} tick={{ fontSize: 11 }} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <Bar dataKey="success" fill="var(--color-success)" radius={[0, 4, 4, 0]} />
            <Bar dataKey="partial" fill="var(--color-partial)" radius={[0, 4, 4, 0]} />
          </BarChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Agent comparison"
          rowKey={(r) => r.agentId}
          rows={rows}
          columns={[
            { header: "Agent", cell: (r) => r.name },
            { header: "Judged calls", numeric: true, cell: (r) => formatCount(r.judged) },
            { header: "Success", numeric: true, cell: (r) => formatPercent(r.successRate) },
            { header: "Change", numeric: true, cell: (r) => change(r.successRate, r.previousSuccessRate, "rate")?.text ?? "—" },
            { header: "Partial", numeric: true, cell: (r) => formatPercent(r.partialRate) },
          ]}
        />
      }
    />
  );
}
