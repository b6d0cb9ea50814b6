"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import type { GoalStat } from "@/lib/analytics/get-goal-stats";
import { useAgentPicker } from "./agent-picker";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatCount, formatPercent } from "./format";

const config = {
  reached: { label: "Reached", color: "var(--chart-1)" },
  achieved: { label: "Achieved", color: "var(--chart-2)" },
} satisfies ChartConfig;

/** One agent's objectives in call-flow order: how many calls reached each step and achieved it, and where they drop. */
export function FunnelChart({ goals }: { goals: GoalStat[] }) {
  const { agentId, picker } = useAgentPicker(goals, "funnel-agent");
  const steps = goals.filter((g) => g.agentId === agentId).sort((a, b) => a.position - b.position);
  const first = steps[0]?.results ?? 0;
  const rows = steps.map((s, i) => ({ ...s, step: `${i + 1}. ${s.title}`, dropFromPrevious: i === 0 ? null : steps[i - 1].achieved - s.achieved, ofFirst: first > 0 ? s.achieved / first : null }));
  return (
    <ChartCard
      title="Objective funnel"
      id="funnel"
      description={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span>Reached → achieved per step, in call-flow order: where calls drop</span>
          {picker}
        </div>
      }
      chart={
        <ChartContainer config={config} className="aspect-auto w-full" style={{ height: Math.max(180, rows.length * 56 + 60) }}>
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" tickLine={false} axisLine={false} />
            <YAxis type="category" dataKey="step" tickLine={false} axisLine={false} width={170} interval={0} tick={{ fontSize: 11 }} />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Bar dataKey="reached" fill="var(--color-reached)" radius={[0, 4, 4, 0]} />
            <Bar dataKey="achieved" fill="var(--color-achieved)" radius={[0, 4, 4, 0]} />
          </BarChart>
        </ChartContainer>
      }
      table={
        <DataTable
          caption="Objective funnel"
          rowKey={(r) => r.goalKey}
          rows={rows}
          columns={[
            { header: "Step", cell: (r) => r.step },
            { header: "Calls", numeric: true, cell: (r) => formatCount(r.results) },
            { header: "Reached", numeric: true, cell: (r) => formatCount(r.reached) },
            { header: "Achieved", numeric: true, cell: (r) => formatCount(r.achieved) },
            { header: "Lost since previous", numeric: true, cell: (r) => (r.dropFromPrevious === null ? "—" : formatCount(r.dropFromPrevious)) },
            { header: "Of all calls", numeric: true, cell: (r) => formatPercent(r.ofFirst) },
          ]}
        />
      }
    />
  );
}
